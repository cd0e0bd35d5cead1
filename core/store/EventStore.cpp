#include "store/EventStore.h"

#include <algorithm>
#include <cstring>

namespace pgrepl {

EventStore::EventStore(qsizetype chunkSize) : m_chunkSize(std::max<qsizetype>(chunkSize, 4096))
{
    // Offsets inside a chunk are 32-bit.
    m_chunkSize = std::min<qsizetype>(m_chunkSize, kMaxPayloadSize);
}

EventStore::~EventStore() = default;
EventStore::EventStore(EventStore &&) noexcept = default;
EventStore &EventStore::operator=(EventStore &&) noexcept = default;

EventIndexEntry EventStore::entryFor(const EventMeta &meta, QByteArrayView payload)
{
    EventIndexEntry e;
    e.receivedAtUs = meta.receivedAtUs;
    e.walStart = meta.walStart;
    e.walEnd = meta.walEnd;
    e.serverTime = meta.serverTime;
    e.kind = meta.kind;
    e.length = std::uint32_t(payload.size());
    if (meta.kind == StreamEvent::Kind::XLogData && !payload.isEmpty())
        e.tag = std::uint8_t(payload.at(0));
    return e;
}

EventStore::Chunk &EventStore::chunkFor(qsizetype n, std::uint32_t &chunkIndex)
{
    if (n > m_chunkSize / 4) {
        Chunk own;
        own.data = std::make_unique_for_overwrite<char[]>(std::size_t(n));
        own.capacity = n;
        m_chunks.push_back(std::move(own));
        chunkIndex = std::uint32_t(m_chunks.size() - 1);
        return m_chunks.back();
    }
    if (m_openChunk < 0
        || m_chunks[std::size_t(m_openChunk)].capacity - m_chunks[std::size_t(m_openChunk)].used < n) {
        Chunk shared;
        if (m_chunkSize >= kChunkAheadMinSize) {
            if (!m_ahead)
                m_ahead = std::make_unique<BlockAhead>(std::size_t(m_chunkSize));
            shared.data = m_ahead->take();
        } else {
            shared.data = std::make_unique_for_overwrite<char[]>(std::size_t(m_chunkSize));
        }
        shared.capacity = m_chunkSize;
        m_chunks.push_back(std::move(shared));
        m_openChunk = qsizetype(m_chunks.size() - 1);
    }
    chunkIndex = std::uint32_t(m_openChunk);
    return m_chunks[std::size_t(m_openChunk)];
}

bool EventStore::append(const EventMeta &meta, QByteArrayView payload)
{
    const qsizetype n = payload.size();
    if (n > kMaxPayloadSize)
        return false;
    EventIndexEntry e = entryFor(meta, payload);
    if (n > 0) {
        Chunk &c = chunkFor(n, e.chunk);
        e.offset = std::uint32_t(c.used);
        std::memcpy(c.data.get() + c.used, payload.data(), std::size_t(n));
        c.used += n;
    }
    m_index.push_back(e);
    m_payloadBytes += n;
    return true;
}

bool EventStore::appendExternal(const EventMeta &meta, QByteArrayView payload)
{
    const qsizetype n = payload.size();
    if (n > kMaxPayloadSize)
        return false;
    // Index offsets are 32-bit: an external chunk is a window of at most
    // 2 GiB starting where the first payload it holds starts.
    constexpr qsizetype kWindow = qsizetype(1) << 31;
    EventIndexEntry e = entryFor(meta, payload);
    if (n > 0) {
        const char *p = payload.data();
        const bool fits = !m_chunks.empty() && m_chunks.back().external && p >= m_chunks.back().external
            && (p - m_chunks.back().external) + n <= kWindow;
        if (!fits) {
            Chunk window;
            window.external = p;
            m_chunks.push_back(std::move(window));
        }
        e.chunk = std::uint32_t(m_chunks.size() - 1);
        e.offset = std::uint32_t(p - m_chunks.back().external);
        // Copied payloads must not be packed after an external window.
        m_openChunk = -1;
    }
    m_index.push_back(e);
    m_payloadBytes += n;
    return true;
}

bool EventStore::append(const StreamEvent &event)
{
    return append(EventMeta {event.kind, event.receivedAtUs, event.walStart, event.walEnd, event.serverTime},
        QByteArrayView(event.payload));
}

qsizetype EventStore::append(const StreamEventBatch &batch)
{
    reserve(size() + batch.size());
    qsizetype stored = 0;
    for (const StreamEvent &event : batch) {
        if (append(event))
            ++stored;
    }
    return stored;
}

void EventStore::reserve(qsizetype n)
{
    m_index.reserve(std::size_t(n));
}

QByteArrayView EventStore::payload(qsizetype i) const
{
    const EventIndexEntry &e = entry(i);
    if (e.length == 0)
        return {};
    const Chunk &c = m_chunks[e.chunk];
    return QByteArrayView((c.external ? c.external : c.data.get()) + e.offset, qsizetype(e.length));
}

StreamEvent EventStore::event(qsizetype i) const
{
    const EventIndexEntry &e = entry(i);
    StreamEvent out;
    out.kind = e.kind;
    out.receivedAtUs = e.receivedAtUs;
    out.walStart = e.walStart;
    out.walEnd = e.walEnd;
    out.serverTime = e.serverTime;
    out.payload = payload(i).toByteArray();
    return out;
}

void EventStore::clear()
{
    // Release memory, not just sizes: a cleared store should give it back.
    std::vector<Chunk>().swap(m_chunks);
    m_ahead.reset();
    m_index.clear();
    m_openChunk = -1;
    m_payloadBytes = 0;
}

EventStoreStats EventStore::stats() const
{
    EventStoreStats s;
    s.events = size();
    s.payloadBytes = m_payloadBytes;
    s.chunks = qsizetype(m_chunks.size());
    for (const Chunk &c : m_chunks)
        s.arenaBytes += c.capacity;
    if (m_ahead && m_ahead->hasNext())
        s.aheadBytes = qsizetype(m_ahead->blockSize());
    s.indexBytes = qsizetype(m_index.allocatedBytes()) + qsizetype(m_chunks.capacity() * sizeof(Chunk));
    return s;
}

} // namespace pgrepl
