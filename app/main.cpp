#include "CommandLine.h"

int main(int argc, char *argv[])
{
    return herb::runCommandLine(argc, argv);
}
