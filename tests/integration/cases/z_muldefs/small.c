int arr[2] = {1, 2};
