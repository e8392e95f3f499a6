#include "WorkerPool.h"

#include <QThread>
#include <algorithm>
#include <thread>
#include <vector>

namespace pf {

int WorkerPool::threadsFor(qsizetype count, int perThread)
{
    const qsizetype byItems = std::max<qsizetype>(1, count / std::max(1, perThread));
    return int(std::clamp<qsizetype>(QThread::idealThreadCount(), 1, byItems));
}

void WorkerPool::run(qsizetype count, int threads, const MakeTask &makeTask,
                     const std::function<void()> &between, const std::atomic_bool *cancel)
{
    std::atomic<qsizetype> next{0};
    std::atomic<int> running{std::max(1, threads) - 1};
    // Each thread takes the next index when it is done with one, so a slow item holds up no one.
    const auto loop = [&](const Task &task, bool onCallingThread) {
        for (qsizetype i = next++; i < count && !(cancel && *cancel); i = next++) {
            task(i);
            if (onCallingThread && between)
                between();
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back([&] {
            {
                const Task task = makeTask(false);
                if (task)
                    loop(task, false);
            } // the task, and what it holds, ends on its own thread
            --running;
        });
    }
    {
        const Task task = makeTask(true);
        if (task)
            loop(task, true);
    }
    while (running > 0) {
        if (between)
            between();
        QThread::msleep(5);
    }
    for (std::thread &t : helpers)
        t.join();
    if (between)
        between();
}

} // namespace pf
