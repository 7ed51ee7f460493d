// The parallelism of `extract -j N`: jobs (a file, or a batch of a stream's documents) run on
// N threads and their results come back in the order the jobs were added, so that the output
// is the same bytes whatever N is. At most `window` jobs are pending at a time: the caller
// takes the oldest result before adding more, which bounds memory whatever the input's size.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace figdiff::cli {

template <typename Result>
class OrderedJobs {
 public:
  // threads <= 1: no thread is started; each job runs on the caller's thread when its result
  // is taken (the plain sequential program).
  OrderedJobs(unsigned threads, size_t window) : window_(window) {
    if (threads <= 1) return;
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }

  // Jobs not started yet are dropped; running ones are waited for.
  ~OrderedJobs() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
      queue_.clear();
    }
    wake_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

  OrderedJobs(const OrderedJobs&) = delete;
  OrderedJobs& operator=(const OrderedJobs&) = delete;

  // True when `window` jobs are pending: take a result before adding another.
  bool Full() const { return pending_.size() >= window_; }
  bool Empty() const { return pending_.empty(); }

  void Add(std::function<Result()> job) {
    std::packaged_task<Result()> task(std::move(job));
    pending_.push_back(task.get_future());
    if (workers_.empty()) {
      serial_.push_back(std::move(task));
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(std::move(task));
    }
    wake_.notify_one();
  }

  // The result of the oldest pending job, waiting for it if need be.
  Result TakeOldest() {
    if (workers_.empty()) {
      serial_.front()();
      serial_.pop_front();
    }
    Result result = pending_.front().get();
    pending_.pop_front();
    return result;
  }

 private:
  void Work() {
    while (true) {
      std::packaged_task<Result()> task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      task();
    }
  }

  size_t window_;
  std::deque<std::future<Result>> pending_;          // in the order the jobs were added
  std::deque<std::packaged_task<Result()>> serial_;  // threads <= 1: jobs not run yet
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::packaged_task<Result()>> queue_;  // jobs waiting for a thread
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace figdiff::cli
