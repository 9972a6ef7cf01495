package org.clearinghouse.cluster;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A steady load of writes spread over the instances: each client thread sends one write
 * after the other, to instance 1, 2, 3, 1, … in turn, and keeps the id of every write
 * answered 2xx. A write that fails (an instance killed, a timeout) is counted, not
 * retried: only acknowledged writes make a promise.
 */
final class Load implements AutoCloseable {

	/** One kind of write: its path and its body, made from a sequence number. */
	record Write(String path, LongFunction<Map<String, Object>> body) {

	}

	private final Http http = new Http();

	private final List<Integer> ports;

	private final List<Write> writes;

	private final long pauseMillis;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicLong sequence = new AtomicLong();

	private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final List<Thread> clients;

	Load(List<Integer> ports, int clients, long pauseMillis, List<Write> writes) {
		this.ports = ports;
		this.writes = writes;
		this.pauseMillis = pauseMillis;
		this.clients = java.util.stream.IntStream.range(0, clients).mapToObj(i -> {
			Thread client = new Thread(this::run, "load-" + i);
			client.start();
			return client;
		}).toList();
	}

	private void run() {
		while (running.get()) {
			long n = sequence.getAndIncrement();
			int port = ports.get((int) (n % ports.size()));
			Write write = writes.get((int) (n % writes.size()));
			try {
				HttpResponse<String> answer = http.post(port, write.path(), write.body().apply(n));
				if (answer.statusCode() / 100 == 2) {
					acknowledged.add(Http.createdId(answer));
				}
				else {
					refused.incrementAndGet();
				}
			}
			catch (Exception unanswered) {
				failed.incrementAndGet();
			}
			try {
				Thread.sleep(pauseMillis);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Stops sending and waits for the writes in flight. */
	@Override
	public void close() throws InterruptedException {
		running.set(false);
		for (Thread client : clients) {
			client.join(30_000);
		}
	}

	List<String> acknowledged() {
		return List.copyOf(acknowledged);
	}

	/** Writes sent and not answered: the connection refused or reset, a timeout. */
	int failed() {
		return failed.get();
	}

	/** Writes answered with anything but 2xx. */
	int refused() {
		return refused.get();
	}

	long sent() {
		return sequence.get();
	}

}
