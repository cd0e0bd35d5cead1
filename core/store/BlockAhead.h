#pragma once

#include <cstddef>
#include <future>
#include <memory>

namespace pgrepl {

// Hands out blocks of one size, each allocated and written once in a
// background thread before it is asked for. Fresh memory costs its first
// writer a page fault per page while the kernel zeroes it (about 3 us a page
// in a VM, 0.8 ms a MiB); the thread that fills the blocks, the GUI thread
// for a live store, then only copies into pages that are already there.
class BlockAhead final
{
public:
    explicit BlockAhead(std::size_t bytes);
    // Waits for a block still being prepared, and frees it.
    ~BlockAhead();
    BlockAhead(const BlockAhead &) = delete;
    BlockAhead &operator=(const BlockAhead &) = delete;

    std::size_t blockSize() const { return m_bytes; }

    // A block of blockSize() bytes, of unspecified content: the prepared one
    // (waiting for it if it is not ready yet, which the first call always
    // is not), and starts preparing the next.
    std::unique_ptr<char[]> take();
    // Whether a block is prepared or being prepared.
    bool hasNext() const { return m_next.valid(); }
    // Whether the next take() would get a block without waiting.
    bool nextIsReady() const;

private:
    void prepareNext();

    std::size_t m_bytes;
    std::future<std::unique_ptr<char[]>> m_next;
};

} // namespace pgrepl
