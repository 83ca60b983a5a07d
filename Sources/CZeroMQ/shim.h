#ifndef LEADTRACKER_CZEROMQ_SHIM_H
#define LEADTRACKER_CZEROMQ_SHIM_H

#include <zmq.h>
#include <errno.h>
#include <string.h>

// Swift cannot read errno as a variable on every platform, nor see macros
// with casts; these inline helpers make both callable.
static inline int czmq_errno(void) { return zmq_errno(); }

static inline void *czmq_msg_data(zmq_msg_t *msg) { return zmq_msg_data(msg); }

#endif
