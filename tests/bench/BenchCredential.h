#pragma once

// The Open Badges 3.0 credential the benchmarks import: number i of a series, from one of 50 issuers,
// aligned to one of 200 skills (its proof is a fixed one that does not verify: the benchmarks of
// verification use tests/data/bench instead).
#include <QByteArray>
#include <QString>

inline QByteArray benchCredentialJson(int i)
{
    return QStringLiteral(R"({
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
  "id": "urn:uuid:00000000-0000-4000-8000-%1",
  "type": ["VerifiableCredential", "OpenBadgeCredential"],
  "name": "Benchmark badge %2",
  "issuer": {"id": "https://issuer%3.example.org", "type": ["Profile"], "name": "Issuer %3"},
  "validFrom": "2025-01-01T00:00:00Z",
  "credentialSubject": {"type": ["AchievementSubject"], "id": "did:example:learner",
    "achievement": {"id": "https://issuer%3.example.org/achievements/%2", "type": ["Achievement"], "name": "Benchmark badge %2",
      "description": "A badge made for measuring import speed.", "criteria": {"narrative": "Exist."},
      "alignment": [{"type": ["Alignment"], "targetName": "Skill %4", "targetUrl": "https://example.org/skills/%4"}]}},
  "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod",
    "verificationMethod": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
    "proofValue": "z58DAdFfa9SkqZMVPxAQpic7ndSayn1PzZs6ZjWp1CktyGesjuTSwRdoWhAfGFCF5bppETSTojQCrfFPP2oumHKtz"}
}
)")
        .arg(i, 12, 10, QChar(u'0'))
        .arg(i)
        .arg(i % 50)
        .arg(i % 200)
        .toUtf8();
}
