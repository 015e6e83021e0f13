// dsoplint's entry point: everything happens in run_cli.
#include <iostream>

#include "lint/cli/cli.h"

int main(int argc, char** argv) { return lint::run_cli(argc, argv, std::cout, std::cerr); }
