#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>

namespace pf {

// Runs one task per index over several threads, the calling thread among them, for CPU-bound batches such as
// verifying a library. Each thread makes its own task first (a database connection belongs to one thread);
// the calling thread alone runs `between` after each of its items and while it waits for the others, so
// results can be reported from one thread.
class WorkerPool
{
public:
    using Task = std::function<void(qsizetype index)>;
    // onCallingThread: whether the task is for the calling thread. An empty task leaves its share to others.
    using MakeTask = std::function<Task(bool onCallingThread)>;

    static void run(qsizetype count, int threads, const MakeTask &makeTask,
                    const std::function<void()> &between = {}, const std::atomic_bool *cancel = nullptr);

    // A thread per core, but no more than one per `perThread` items: small batches stay on the calling
    // thread.
    static int threadsFor(qsizetype count, int perThread);
};

} // namespace pf
