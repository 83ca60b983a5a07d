import CZeroMQ

/// The socket patterns LeadTracker uses.
public enum ZMQSocketType: Sendable {
    case router, dealer, pub, sub, push, pull, req, rep
    /// Raw TCP (no ZMTP): frames are [peer id, bytes]; used for the plain-HTTP metrics endpoint.
    case stream

    var rawValue: Int32 {
        switch self {
        case .router: ZMQ_ROUTER
        case .dealer: ZMQ_DEALER
        case .pub: ZMQ_PUB
        case .sub: ZMQ_SUB
        case .push: ZMQ_PUSH
        case .pull: ZMQ_PULL
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
        case .stream: ZMQ_STREAM
        }
    }
}
