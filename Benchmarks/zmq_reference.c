/* The C reference for `lead-bench zmq`: the same loops over libzmq directly, so the Swift
 * wrapper's figures can be put beside the library's own on the same machine in the same run.
 *
 *   zmq_reference pushpull COUNT SIZE             -> "pushpull <messages per second>"
 *   zmq_reference roundtrip COUNT INFLIGHT SIZE   -> "roundtrip <round trips per second>"
 *
 * Both ends live in this process on two threads, over TCP on 127.0.0.1 (as the services talk).
 * Built by scripts/bench: cc -O2 -o zmq_reference zmq_reference.c -lzmq -lpthread
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

static void *context;
static char endpoint[256];
static long count, inflight, size;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void check(int rc, const char *what) {
    if (rc < 0) {
        fprintf(stderr, "%s: %s\n", what, zmq_strerror(zmq_errno()));
        exit(1);
    }
}

static void *pusher(void *unused) {
    (void)unused;
    void *push = zmq_socket(context, ZMQ_PUSH);
    check(zmq_connect(push, endpoint), "connect");
    char *payload = calloc(1, size);
    for (long i = 0; i < count; i++) {
        zmq_msg_t message;
        check(zmq_msg_init_size(&message, size), "msg_init_size");
        memcpy(zmq_msg_data(&message), payload, size);
        check(zmq_msg_send(&message, push, 0), "send");
    }
    free(payload);
    zmq_close(push);
    return NULL;
}

static void *echo(void *socket) {
    /* ROUTER echo: [identity, payload] back as it came, until count round trips. */
    for (long i = 0; i < count; i++) {
        zmq_msg_t identity, payload;
        zmq_msg_init(&identity);
        zmq_msg_init(&payload);
        check(zmq_msg_recv(&identity, socket, 0), "recv identity");
        check(zmq_msg_recv(&payload, socket, 0), "recv payload");
        check(zmq_msg_send(&identity, socket, ZMQ_SNDMORE), "send identity");
        check(zmq_msg_send(&payload, socket, 0), "send payload");
    }
    return NULL;
}

static void bind_ephemeral(void *socket) {
    check(zmq_bind(socket, "tcp://127.0.0.1:*"), "bind");
    size_t length = sizeof endpoint;
    check(zmq_getsockopt(socket, ZMQ_LAST_ENDPOINT, endpoint, &length), "last endpoint");
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s pushpull COUNT SIZE | roundtrip COUNT INFLIGHT SIZE\n", argv[0]);
        return 2;
    }
    context = zmq_ctx_new();
    int hwm = 100000;
    pthread_t thread;
    if (strcmp(argv[1], "pushpull") == 0) {
        count = atol(argv[2]);
        size = atol(argv[3]);
        void *pull = zmq_socket(context, ZMQ_PULL);
        zmq_setsockopt(pull, ZMQ_RCVHWM, &hwm, sizeof hwm);
        bind_ephemeral(pull);
        double start = now();
        pthread_create(&thread, NULL, pusher, NULL);
        for (long i = 0; i < count; i++) {
            zmq_msg_t message;
            zmq_msg_init(&message);
            check(zmq_msg_recv(&message, pull, 0), "recv");
            zmq_msg_close(&message);
        }
        double seconds = now() - start;
        pthread_join(thread, NULL);
        printf("pushpull %.0f\n", count / seconds);
        zmq_close(pull);
    } else if (strcmp(argv[1], "roundtrip") == 0 && argc >= 5) {
        count = atol(argv[2]);
        inflight = atol(argv[3]);
        size = atol(argv[4]);
        void *router = zmq_socket(context, ZMQ_ROUTER);
        bind_ephemeral(router);
        void *dealer = zmq_socket(context, ZMQ_DEALER);
        check(zmq_connect(dealer, endpoint), "connect");
        pthread_create(&thread, NULL, echo, router);
        char *payload = calloc(1, size);
        double start = now();
        long sent = 0, received = 0;
        for (; sent < inflight && sent < count; sent++) check(zmq_send(dealer, payload, size, 0), "send");
        while (received < count) {
            zmq_msg_t reply;
            zmq_msg_init(&reply);
            check(zmq_msg_recv(&reply, dealer, 0), "recv");
            zmq_msg_close(&reply);
            received++;
            if (sent < count) {
                check(zmq_send(dealer, payload, size, 0), "send");
                sent++;
            }
        }
        double seconds = now() - start;
        pthread_join(thread, NULL);
        printf("roundtrip %.0f\n", count / seconds);
        free(payload);
        zmq_close(dealer);
        zmq_close(router);
    } else {
        fprintf(stderr, "unknown mode %s\n", argv[1]);
        return 2;
    }
    zmq_ctx_term(context);
    return 0;
}
