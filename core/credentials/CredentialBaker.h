#pragma once

#include "common/Result.h"
#include "domain/Credential.h"

#include <QByteArray>

namespace pf {

// Bakes a stored credential into a PNG or SVG badge image, exactly as the Open Badges baking specifications
// say.
class CredentialBaker
{
public:
    enum class Container { Png, Svg };

    // The credential text to bake: the payload of a baked original, or the original JSON or JWS itself.
    static Result<QByteArray> payloadOf(const QByteArray &original);

    // Bakes credential (whose bytes are original) into image, or, when image is empty, into the credential's
    // own picture (storedImage) if it is of the right kind, else into a plain placeholder.
    static Result<QByteArray> bake(const Credential &credential, const QByteArray &original,
                                   Container container, const QByteArray &image = {},
                                   const QByteArray &storedImage = {});
};

} // namespace pf
