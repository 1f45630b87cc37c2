// placeholder: query library
