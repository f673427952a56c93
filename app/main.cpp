#include "CommandLine.h"

#include <cstdlib>

#if defined(__linux__)
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
#if defined(__linux__)
    // Debian's libtesseract uses OpenMP, which reads OMP_THREAD_LIMIT when the library loads,
    // before main(). With one Tesseract per worker thread, each would otherwise start a team of
    // threads per core and oversubscribe the machine; so set it and start again, once.
    if (!std::getenv("OMP_THREAD_LIMIT")) {
        setenv("OMP_THREAD_LIMIT", "1", 1);
        execv("/proc/self/exe", argv); // returns only on failure: then go on as we are
    }
#endif
    return herb::runCommandLine(argc, argv);
}
