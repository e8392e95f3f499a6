#include "CredentialBaker.h"

#include "PlaceholderBadge.h"
#include "PngBadgeBaker.h"
#include "PngBadgeParser.h"
#include "SvgBadgeBaker.h"
#include "SvgBadgeParser.h"

namespace pf {

namespace {

bool isSvg(const QByteArray &bytes)
{
    return bytes.left(4096).contains("<svg");
}

} // namespace

Result<QByteArray> CredentialBaker::payloadOf(const QByteArray &original)
{
    if (PngBadgeParser::hasPngSignature(original)) {
        auto baked = PngBadgeParser::extract(original);
        if (!baked)
            return baked.error();
        return baked->payload;
    }
    if (isSvg(original) && original.trimmed().startsWith('<')) {
        auto baked = SvgBadgeParser::extract(original);
        if (!baked)
            return baked.error();
        return baked->payload;
    }
    return original;
}

Result<QByteArray> CredentialBaker::bake(const Credential &credential, const QByteArray &original,
                                         Container container, const QByteArray &image,
                                         const QByteArray &storedImage)
{
    auto payload = payloadOf(original);
    if (!payload)
        return payload.error();
    const auto generation = credential.derived.value(QStringLiteral("version")).toString() == u"ob2"
                                ? BakedPayload::Generation::Ob2
                                : BakedPayload::Generation::Ob3;
    if (container == Container::Png) {
        QByteArray picture = image;
        if (picture.isEmpty())
            picture = PngBadgeParser::hasPngSignature(storedImage) ? storedImage : PlaceholderBadge::png();
        if (!PngBadgeParser::hasPngSignature(picture))
            return Error{ErrorCode::CorruptImage, QStringLiteral("the image to bake into is not a PNG")};
        return PngBadgeBaker::bake(picture, *payload, generation);
    }
    QByteArray picture = image;
    if (picture.isEmpty())
        picture = isSvg(storedImage) ? storedImage : PlaceholderBadge::svg(credential.name);
    if (!isSvg(picture))
        return Error{ErrorCode::CorruptImage, QStringLiteral("the image to bake into is not an SVG")};
    return SvgBadgeBaker::bake(picture, *payload, generation);
}

} // namespace pf
