#pragma once
#include <string>
struct Base {
    int id;
    explicit Base(int i) : id(i) {}
    virtual ~Base();
    virtual std::string who() const;
    virtual int weight() const { return 1; }
};
struct Left : virtual Base {
    Left() : Base(-1) {}
    std::string who() const override;
    int weight() const override { return 10 + Base::weight(); }
    virtual int left_only() const { return 7; }
};
struct Right : virtual Base {
    Right() : Base(-2) {}
    std::string who() const override;
    int weight() const override { return 100 + Base::weight(); }
};
struct Diamond : Left, Right {
    Diamond(int i) : Base(i) {}      // most derived class initialises the virtual base
    std::string who() const override;
    int weight() const override { return Left::weight() + Right::weight(); }
};
struct Deeper : virtual Diamond {
    Deeper() : Base(99), Diamond(98) {}
    std::string who() const override;
};
Base *make(int k);            // make.cc
std::string describe(Base *b);  // describe.cc
std::string describe_left(Left *l);
