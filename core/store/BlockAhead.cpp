#include "store/BlockAhead.h"

#include <chrono>
#include <system_error>

namespace pgrepl {

namespace {
// Smaller than any page size in use, so every page gets written.
constexpr std::size_t kTouchStride = 4096;

std::unique_ptr<char[]> preparedBlock(std::size_t bytes)
{
    auto block = std::make_unique_for_overwrite<char[]>(bytes);
    // Through a volatile pointer: the stores have no reader the compiler can
    // see, and they are the point.
    volatile char *p = block.get();
    for (std::size_t i = 0; i < bytes; i += kTouchStride)
        p[i] = 0;
    if (bytes > 0)
        p[bytes - 1] = 0;
    return block;
}
} // namespace

BlockAhead::BlockAhead(std::size_t bytes) : m_bytes(bytes) { }

BlockAhead::~BlockAhead()
{
    if (m_next.valid())
        m_next.wait();
}

std::unique_ptr<char[]> BlockAhead::take()
{
    std::unique_ptr<char[]> block
        = m_next.valid() ? m_next.get() : std::make_unique_for_overwrite<char[]>(m_bytes);
    prepareNext();
    return block;
}

bool BlockAhead::nextIsReady() const
{
    return m_next.valid() && m_next.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void BlockAhead::prepareNext()
{
    try {
        m_next = std::async(std::launch::async, preparedBlock, m_bytes);
    } catch (const std::system_error &) {
        // No thread to be had: the next block is allocated when it is taken.
        m_next = {};
    }
}

} // namespace pgrepl
