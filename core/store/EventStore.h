#pragma once

#include "store/BlockAhead.h"
#include "store/ChunkedVector.h"
#include "wire/Lsn.h"
#include "wire/StreamEvent.h"

#include <QByteArrayView>

#include <cstdint>
#include <memory>
#include <vector>

namespace pgrepl {

// Everything about an event except its payload bytes: what append() takes
// when the payload already lives elsewhere (a mapped capture file).
struct EventMeta
{
    StreamEvent::Kind kind = StreamEvent::Kind::XLogData;
    qint64 receivedAtUs = 0;
    Lsn walStart;
    Lsn walEnd;
    std::int64_t serverTime = 0;
};

// The fixed-size index entry of one stored event. The payload itself sits in
// the store's arena at (chunk, offset).
struct EventIndexEntry
{
    qint64 receivedAtUs = 0; // wall clock, microseconds since the Unix epoch
    Lsn walStart;
    Lsn walEnd;
    std::int64_t serverTime = 0; // PostgreSQL epoch microseconds, 0 if none
    std::uint32_t chunk = 0; // arena chunk holding the payload
    std::uint32_t offset = 0; // byte offset in that chunk
    std::uint32_t length = 0; // payload length
    StreamEvent::Kind kind = StreamEvent::Kind::XLogData;
    // First payload byte of XLogData (the pgoutput message type, e.g. 'B',
    // 'I', 'C'), so lists can filter without touching the arena; 0 otherwise.
    std::uint8_t tag = 0;
};

// What the store holds and what it costs.
struct EventStoreStats
{
    qsizetype events = 0;
    qsizetype payloadBytes = 0; // sum of payload lengths
    qsizetype arenaBytes = 0; // bytes allocated for payload chunks
    qsizetype chunks = 0; // number of arena chunks
    qsizetype aheadBytes = 0; // a chunk prepared for when the open one is full
    qsizetype indexBytes = 0; // bytes allocated for index entries
    qsizetype totalBytes() const { return arenaBytes + aheadBytes + indexBytes; }
};

// A compact in-memory store of everything received on a stream: payloads
// packed into large arena chunks, plus one fixed-size index entry per event.
// Threads: one writer; readers on the same thread as the writer. Payload
// views and entry references stay valid until clear(): neither the chunks
// nor the index's blocks move on append.
class EventStore final
{
public:
    static constexpr qsizetype kDefaultChunkSize = qsizetype(4) << 20; // 4 MiB
    // Largest payload one event may carry: the biggest message the protocol
    // framer accepts.
    static constexpr qsizetype kMaxPayloadSize = qsizetype(1) << 30; // 1 GiB
    // From this chunk size on, the next shared chunk is prepared in the
    // background while the current one fills (BlockAhead); smaller chunks
    // fill too fast for a thread to be worth it.
    static constexpr qsizetype kChunkAheadMinSize = qsizetype(1) << 20; // 1 MiB

    // chunkSize is the size of an ordinary arena chunk (at least 4 KiB). A
    // payload bigger than a quarter of it gets a chunk of its own, so a
    // large payload never wastes the tail of a shared chunk.
    explicit EventStore(qsizetype chunkSize = kDefaultChunkSize);
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;
    EventStore(EventStore &&) noexcept;
    EventStore &operator=(EventStore &&) noexcept;

    // False (and nothing stored) only when the payload is over
    // kMaxPayloadSize.
    bool append(const StreamEvent &event);
    bool append(const EventMeta &meta, QByteArrayView payload);
    // Stores every event that fits; returns how many were stored.
    qsizetype append(const StreamEventBatch &batch);
    // Indexes a payload that lives elsewhere and outlives the store (a
    // memory-mapped capture file): nothing is copied, so a large file opens
    // without its payloads in memory.
    bool appendExternal(const EventMeta &meta, QByteArrayView payload);

    // Reserves index room for n events in total (avoids index regrowth when
    // the count is known, e.g. loading a capture).
    void reserve(qsizetype n);

    qsizetype size() const { return qsizetype(m_index.size()); }
    bool isEmpty() const { return m_index.empty(); }
    // i must be in [0, size()).
    const EventIndexEntry &entry(qsizetype i) const { return m_index[std::size_t(i)]; }
    QByteArrayView payload(qsizetype i) const;
    StreamEvent event(qsizetype i) const;

    // Drops every event and frees the arena, the chunk prepared ahead
    // included; earlier payload views dangle.
    void clear();

    EventStoreStats stats() const;
    qsizetype chunkSize() const { return m_chunkSize; }

private:
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        const char *external = nullptr; // not owned; set for appendExternal() windows
        qsizetype capacity = 0;
        qsizetype used = 0;
    };
    // The index entry for an event, without its place in the arena.
    static EventIndexEntry entryFor(const EventMeta &meta, QByteArrayView payload);
    // Where a payload of n bytes goes; allocates a chunk when needed.
    Chunk &chunkFor(qsizetype n, std::uint32_t &chunkIndex);

    qsizetype m_chunkSize;
    std::vector<Chunk> m_chunks;
    // The shared chunk small payloads are packed into; -1 before the first.
    qsizetype m_openChunk = -1;
    // Prepares shared chunks ahead; made with the first one.
    std::unique_ptr<BlockAhead> m_ahead;
    ChunkedVector<EventIndexEntry> m_index;
    qsizetype m_payloadBytes = 0;
};

} // namespace pgrepl
