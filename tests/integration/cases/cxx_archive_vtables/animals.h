#pragma once
#include <string>
struct Animal {
    virtual ~Animal();                       // key function: animal.cc
    virtual std::string sound() const = 0;
    virtual int legs() const { return 4; }
};
struct Dog : Animal { Dog() {} std::string sound() const override; };      // key: dog.cc
struct Bird : Animal { Bird() {} std::string sound() const override; int legs() const override; }; // bird.cc
struct Puppy : Dog { Puppy() {} std::string sound() const override; };     // puppy.cc
Animal *adopt(int k);                        // factory.cc
bool is_dog(const Animal *a);                // query.cc
