#include "ActiveContext.h"

#include <atomic>

namespace pf {

ActiveContext::ActiveContext() : id(nextId()) {}

quint64 ActiveContext::nextId()
{
    static std::atomic<quint64> counter{1};
    return counter.fetch_add(1, std::memory_order_relaxed);
}

std::shared_ptr<ActiveContext> ActiveContext::clone() const
{
    auto copy = std::make_shared<ActiveContext>(*this);
    copy->id = nextId();
    copy->stable = false;
    return copy;
}

bool ActiveContext::hasProtectedTerms() const
{
    for (const TermDefinition &definition : terms) {
        if (definition.isProtected)
            return true;
    }
    return false;
}

} // namespace pf
