#include "session/BatchHandoff.h"

#include <QMetaObject>
#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <sys/eventfd.h>
#include <unistd.h>
#endif

namespace pgrepl {

BatchHandoff::BatchHandoff(QObject *producerContext, QObject *parent)
    : QObject(parent), m_producerContext(producerContext)
{
#ifdef Q_OS_LINUX
    // The wake-up is a counter in the kernel: writing it allocates nothing
    // and takes no lock the receiving thread could wait on.
    m_eventFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_eventFd >= 0) {
        m_notifier = std::make_unique<QSocketNotifier>(m_eventFd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &BatchHandoff::onWake);
    }
#endif
}

BatchHandoff::~BatchHandoff()
{
    m_notifier.reset();
#ifdef Q_OS_LINUX
    if (m_eventFd >= 0)
        ::close(m_eventFd);
#endif
}

void BatchHandoff::pushBatch(StreamEventBatch batch)
{
    Item item;
    item.isBatch = true;
    item.batch = std::move(batch);
    push(std::move(item));
}

void BatchHandoff::pushCounters(const SessionCounters &counters)
{
    Item item;
    item.counters = counters;
    push(std::move(item));
}

void BatchHandoff::push(Item &&item)
{
    freeGivenBack();
    retryOverflow();
    if (!m_overflow.empty() || !m_toReceiver.push(std::move(item))) {
        m_overflow.push_back(std::move(item));
        m_overflowing.store(true, std::memory_order_release);
    }
    wake();
}

void BatchHandoff::retryOverflow()
{
    while (!m_overflow.empty() && m_toReceiver.push(std::move(m_overflow.front())))
        m_overflow.pop_front();
    m_overflowing.store(!m_overflow.empty(), std::memory_order_release);
}

void BatchHandoff::freeGivenBack()
{
    StreamEventBatch spent;
    while (m_givenBack.pop(&spent))
        spent = {};
}

void BatchHandoff::wake()
{
    if (m_wakeArmed.exchange(true, std::memory_order_acq_rel))
        return; // the receiver has not looked yet: it will see this too
#ifdef Q_OS_LINUX
    if (m_eventFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(m_eventFd, &one, sizeof one);
        return;
    }
#endif
    QMetaObject::invokeMethod(this, &BatchHandoff::onWake, Qt::QueuedConnection);
}

void BatchHandoff::onWake()
{
#ifdef Q_OS_LINUX
    if (m_eventFd >= 0) {
        quint64 count = 0;
        [[maybe_unused]] const auto read = ::read(m_eventFd, &count, sizeof count);
    }
#endif
    // Disarmed before taking, so that a push from now on wakes again. An
    // exchange, not a store: either it sees the producer's last arming, and
    // with it everything pushed before, or the producer sees it disarmed
    // and wakes again. A plain store could be passed by the loads below.
    m_wakeArmed.exchange(false, std::memory_order_acq_rel);
    deliver(kMaxPerTurn);
    // The rest in later turns, with whatever else waits in between. A wake
    // from the producer meanwhile makes one turn more, which finds less.
    if (!m_toReceiver.isEmpty())
        QMetaObject::invokeMethod(this, &BatchHandoff::onWake, Qt::QueuedConnection);
}

int BatchHandoff::deliver(int max)
{
    int delivered = 0;
    Item item;
    while ((max < 0 || delivered < max) && m_toReceiver.pop(&item)) {
        ++delivered;
        if (item.isBatch) {
            if (m_onBatch)
                m_onBatch(std::move(item.batch));
            else
                giveBack(std::move(item.batch));
            item.batch = {};
        } else if (m_onCounters) {
            m_onCounters(item.counters);
        }
    }
    // The producer had more than fit: let it refill the room made now or
    // before (its overflow may postdate the last delivery).
    if (m_overflowing.load(std::memory_order_acquire) && m_producerContext)
        QMetaObject::invokeMethod(
            m_producerContext,
            [this] {
                retryOverflow();
                wake();
            },
            Qt::QueuedConnection);
    return delivered;
}

void BatchHandoff::setReceivers(
    std::function<void(StreamEventBatch)> onBatch, std::function<void(const SessionCounters &)> onCounters)
{
    m_onBatch = std::move(onBatch);
    m_onCounters = std::move(onCounters);
}

void BatchHandoff::deliverPending()
{
    deliver(-1);
}

void BatchHandoff::giveBack(StreamEventBatch batch)
{
    while (!m_givenBackOverflow.empty() && m_givenBack.push(std::move(m_givenBackOverflow.front())))
        m_givenBackOverflow.pop_front();
    if (!m_givenBackOverflow.empty() || !m_givenBack.push(std::move(batch)))
        m_givenBackOverflow.push_back(std::move(batch));
}

} // namespace pgrepl
