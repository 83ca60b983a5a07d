import AccessPolicy
import LeadMessages
import Testing

@testable import ServiceKit

/// The web console's key acts only for the person signed in to it (protocol 1.5, `onBehalfOf`).
@Suite struct GatewayTests {
    let gateway = Caller(identity: "lead-web", role: .gateway)

    /// A dispatcher whose `lead.get` answers with the caller it saw, and the denials it audited.
    func dispatcher() -> (RequestDispatcher, () -> [AuditEntry]) {
        final class Denials { var entries: [AuditEntry] = [] }
        let denials = Denials()
        var dispatcher = RequestDispatcher(sender: "lead-intake")
        dispatcher.onDenied = { denials.entries.append($0) }
        dispatcher.on(.leadGet, LeadReference.self) { _, caller in
            .success(
                AuditEntry(
                    at: .now(), service: "t", identity: caller.identity, role: caller.role.rawValue, action: "seen",
                    leadId: nil, outcome: "ok", detail: nil, via: caller.via))
        }
        dispatcher.on(.serviceStatus, EmptyBody.self) { _, _ in .success(EmptyBody()) }
        return (dispatcher, { denials.entries })
    }

    func send(_ type: MessageType, _ onBehalfOf: OnBehalfOf?, as caller: Caller) -> (AuditEntry?, ErrorBody?) {
        let (dispatcher, _) = dispatcher()
        let payload = MessageCodec.encode(
            Envelope(type: type, body: LeadReference(leadId: "L-000001"), sender: "t", onBehalfOf: onBehalfOf))
        let reply = dispatcher.reply(to: payload, caller: caller)
        if (try? MessageCodec.decodeHeader(reply).get().type) == "error" {
            return (nil, try? MessageCodec.decode(ErrorBody.self, from: reply).get().body)
        }
        return (try? MessageCodec.decode(AuditEntry.self, from: reply).get().body, nil)
    }

    @Test func aGatewayActsAsThePersonAndTheAuditKeepsTheGateway() {
        let (seen, error) = send(.leadGet, OnBehalfOf(identity: "wangmin", role: "officer"), as: gateway)
        #expect(error == nil)
        #expect(seen?.identity == "wangmin")
        #expect(seen?.role == "officer")
        #expect(seen?.via == "lead-web")
    }

    @Test func aGatewayAloneMayOnlyReadStatus() {
        #expect(send(.leadGet, nil, as: gateway).1?.code == .forbidden)
        let (dispatcher, _) = dispatcher()
        let status = dispatcher.reply(
            to: MessageCodec.encode(Envelope(type: .serviceStatus, body: EmptyBody(), sender: "t")), caller: gateway)
        #expect((try? MessageCodec.decodeHeader(status).get().type) == "ok")
    }

    @Test func nobodyElseMayActForSomeone() {
        let officer = Caller(identity: "lina", role: .officer)
        let (_, error) = send(.leadGet, OnBehalfOf(identity: "chief", role: "supervisor"), as: officer)
        #expect(error?.code == .forbidden)
        #expect(error?.field == "onBehalfOf")
    }

    @Test func theGatewayCannotLendAServiceRoleOrABadIdentity() {
        #expect(send(.leadGet, OnBehalfOf(identity: "x", role: "service"), as: gateway).1?.field == "onBehalfOf.role")
        #expect(
            send(.leadGet, OnBehalfOf(identity: "two words", role: "officer"), as: gateway).1?.field
                == "onBehalfOf.identity")
    }
}
