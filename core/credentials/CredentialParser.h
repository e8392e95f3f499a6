#pragma once

#include "CredentialNormalizer.h"
#include "ImportLimits.h"
#include "ParsedCredential.h"
#include "common/Result.h"

#include <QList>

namespace pf {

// Recognises a badge or credential by content (never by file name) in any container and normalises it.
class CredentialParser
{
public:
    explicit CredentialParser(CredentialNormalizer::Lookup lookup = {}, ImportLimits limits = {})
        : m_lookup(std::move(lookup)), m_limits(limits)
    {
    }

    // Everything in one file: one credential, or a record or presentation followed by those inside it.
    Result<QList<ParsedCredential>> parse(const QByteArray &bytes) const;

    static QString sha256Hex(const QByteArray &bytes);

    // Whether to compute contentSha256, the duplicate key of the store; verification alone does not need it.
    void setContentHashes(bool on) { m_contentHashes = on; }
    // Whether to decode a data: URI image into ParsedCredential::image (an embedded badge picture can be
    // tens of kilobytes); verification alone shows no picture.
    void setImages(bool on) { m_images = on; }

private:
    Result<QList<ParsedCredential>> parseText(const QByteArray &payload, const QString &container,
                                              const QByteArray &original, const QByteArray &image) const;
    Result<QList<ParsedCredential>> fromJson(const QJsonObject &json, const QByteArray &payload,
                                             const QString &container, const QByteArray &original,
                                             const QByteArray &image, bool fromJws) const;
    Status appendChildren(const QJsonValue &credentials, QList<ParsedCredential> &out) const;
    QByteArray dataUriImage(const QJsonObject &json) const;

    CredentialNormalizer::Lookup m_lookup;
    ImportLimits m_limits;
    bool m_contentHashes = true;
    bool m_images = true;
};

} // namespace pf
