// SPDX-License-Identifier: MIT
#pragma once

#include <QThread>

#include <exception>
#include <functional>
#include <memory>
#include <utility>

namespace factline::report::pdf {

// Work run on a thread of its own while the caller goes on with its share. The thread is
// waited for before this goes, whatever happens meanwhile (a QThread destroyed while it
// runs ends the program), and an exception thrown on it is thrown again by wait().
class SecondThread
{
public:
    explicit SecondThread(std::function<void()> work)
        : m_thread(QThread::create([this, work = std::move(work)] {
              try {
                  work();
              } catch (...) {
                  m_failure = std::current_exception();
              }
          }))
    {
        m_thread->start();
    }
    ~SecondThread() { m_thread->wait(); }
    SecondThread(const SecondThread &) = delete;
    SecondThread &operator=(const SecondThread &) = delete;

    void wait()
    {
        m_thread->wait();
        if (m_failure)
            std::rethrow_exception(std::exchange(m_failure, nullptr));
    }

private:
    std::exception_ptr m_failure;            // before the thread: set by it
    std::unique_ptr<QThread> m_thread;
};

} // namespace factline::report::pdf
