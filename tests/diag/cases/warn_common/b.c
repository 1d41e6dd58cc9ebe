long shared_counter;
