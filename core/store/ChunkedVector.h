#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace pgrepl {

// A growable array of fixed-size blocks: appending never moves what is
// already stored. A std::vector of a few million index entries copies all of
// them each time it doubles, a stall of a tenth of a second in the middle of
// a live stream; here only the small list of block pointers ever moves.
// Elements stay at their address until clear().
template<typename T, std::size_t BlockBits = 12> class ChunkedVector final
{
public:
    static constexpr std::size_t kBlockSize = std::size_t(1) << BlockBits;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Elements room is allocated for.
    std::size_t capacity() const { return m_blocks.size() * kBlockSize; }

    T &operator[](std::size_t i) { return m_blocks[i >> BlockBits][i & (kBlockSize - 1)]; }
    const T &operator[](std::size_t i) const { return m_blocks[i >> BlockBits][i & (kBlockSize - 1)]; }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }

    void push_back(T value)
    {
        if (m_size == capacity())
            m_blocks.push_back(std::make_unique<T[]>(kBlockSize));
        (*this)[m_size++] = std::move(value);
    }

    // Allocates blocks for n elements in all.
    void reserve(std::size_t n)
    {
        while (capacity() < n)
            m_blocks.push_back(std::make_unique<T[]>(kBlockSize));
    }

    // Frees every block.
    void clear()
    {
        std::vector<std::unique_ptr<T[]>>().swap(m_blocks);
        m_size = 0;
    }

    // Bytes allocated, blocks and their pointers.
    std::size_t allocatedBytes() const
    {
        return capacity() * sizeof(T) + m_blocks.capacity() * sizeof(std::unique_ptr<T[]>);
    }

private:
    std::vector<std::unique_ptr<T[]>> m_blocks;
    std::size_t m_size = 0;
};

} // namespace pgrepl
