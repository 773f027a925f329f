package org.liaison.notify.delivery;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on Vert.x event-loop threads, one event-loop context per loop, taken in turn.
 *
 * <p>The Vert.x mail client must be called from an event loop. Called from any other thread (a worker, a scheduler,
 * the drainer's own thread) it now and then installs its socket's data handler only after the relay's {@code 220}
 * greeting has arrived: the greeting is dropped, the client waits for it, the relay waits for {@code EHLO}, and the
 * session stalls until the relay's idle timeout (30 s on GreenMail, 300 s on Postfix), which then answers
 * {@code 421}. Started on the event loop the connection is made on, connecting and installing the handler happen in
 * one task, before the greeting can be read. {@code SmtpStallTest} shows both.
 */
final class EventLoops implements Executor {

    private final List<Context> contexts;
    private final AtomicInteger next = new AtomicInteger();

    private EventLoops(List<Context> contexts) {
        this.contexts = contexts;
    }

    /**
     * Uses Vert.x's internal API: the public {@code getOrCreateContext()} answers the caller's own context, a worker
     * context when called from a worker.
     */
    static EventLoops of(Vertx vertx) {
        VertxInternal internal = (VertxInternal) vertx;
        List<Context> contexts = new ArrayList<>();
        for (EventExecutor loop : internal.getEventLoopGroup()) {
            contexts.add(internal.createEventLoopContext((EventLoop) loop, internal.getWorkerPool(),
                    EventLoops.class.getClassLoader()));
        }
        return new EventLoops(List.copyOf(contexts));
    }

    @Override
    public void execute(Runnable task) {
        contexts.get(Math.floorMod(next.getAndIncrement(), contexts.size())).runOnContext(v -> task.run());
    }
}
