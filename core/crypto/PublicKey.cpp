#include "PublicKey.h"

#include "Base64Url.h"
#include "Multibase.h"
#include "Multicodec.h"
#include "PublicKeyData.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <bit>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace pf {

namespace {

using DataResult = Result<std::shared_ptr<PublicKeyData>>;

constexpr qsizetype kMaxPemSize = 64 * 1024;

Error invalid(const QString &message)
{
    ERR_clear_error(); // leave nothing on this thread's OpenSSL error queue
    return Error{ErrorCode::InvalidKey, message};
}

const uchar *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

QByteArray stripLeadingZeros(QByteArray bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && bytes[i] == 0)
        ++i;
    return bytes.mid(i);
}

int bitLength(const QByteArray &unsignedBigEndian) // no leading zero octets
{
    if (unsignedBigEndian.isEmpty())
        return 0;
    const auto first = static_cast<quint8>(unsignedBigEndian[0]);
    return int((unsignedBigEndian.size() - 1) * 8) + int(std::bit_width(unsigned(first)));
}

int coordinateLength(PublicKey::Type type)
{
    return type == PublicKey::Type::P256 ? 32 : 48;
}

const char *groupName(PublicKey::Type type)
{
    return type == PublicKey::Type::P256 ? "P-256" : "P-384";
}

// A key from OSSL_PARAMs, public part only; nullptr when OpenSSL refuses them.
ossl::EvpPkeyPtr keyFromParams(const char *keyType, const OSSL_PARAM *params)
{
    ossl::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM *>(params)) != 1) {
        ERR_clear_error();
        return {};
    }
    return ossl::EvpPkeyPtr(pkey);
}

QByteArray bnParam(const EVP_PKEY *pkey, const char *name, int padTo)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    ossl::BignumPtr bn(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    if (BN_num_bytes(bn.get()) > size)
        return {};
    QByteArray out(size, '\0');
    if (BN_bn2binpad(bn.get(), reinterpret_cast<uchar *>(out.data()), size) != size)
        return {};
    return out;
}

DataResult buildRsa(const QByteArray &modulus, const QByteArray &exponent)
{
    const QByteArray n = stripLeadingZeros(modulus);
    const QByteArray e = stripLeadingZeros(exponent);
    const int bits = bitLength(n);
    if (bits < PublicKey::kMinRsaBits) {
        return invalid(
            QStringLiteral("an RSA key of %1 bits is too weak: Pathfolio accepts RSA keys of %2 bits "
                           "or more, since shorter ones can be factored (NIST SP 800-131A)")
                .arg(bits)
                .arg(PublicKey::kMinRsaBits));
    }
    if (bits > PublicKey::kMaxRsaBits)
        return invalid(QStringLiteral("an RSA key of %1 bits is larger than the %2 bits Pathfolio accepts")
                           .arg(bits)
                           .arg(PublicKey::kMaxRsaBits));
    if ((static_cast<quint8>(n.back()) & 1) == 0)
        return invalid(QStringLiteral("the RSA modulus is even, so it is not a product of two primes"));
    if (e.isEmpty() || e.size() > 8 || (static_cast<quint8>(e.back()) & 1) == 0 ||
        (e.size() == 1 && static_cast<quint8>(e[0]) < 3))
        return invalid(QStringLiteral("the RSA public exponent must be odd, at least 3 and at most 64 bits"));

    ossl::BignumPtr bn(BN_bin2bn(bytesOf(n), int(n.size()), nullptr));
    ossl::BignumPtr be(BN_bin2bn(bytesOf(e), int(e.size()), nullptr));
    ossl::ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bn || !be || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), "n", bn.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), "e", be.get()) != 1)
        return invalid(QStringLiteral("OpenSSL could not hold the RSA key"));
    ossl::ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    ossl::EvpPkeyPtr pkey = params ? keyFromParams("RSA", params.get()) : ossl::EvpPkeyPtr();
    if (!pkey)
        return invalid(QStringLiteral("OpenSSL refused the RSA public key"));

    auto d = std::make_shared<PublicKeyData>();
    d->pkey = std::move(pkey);
    d->type = PublicKey::Type::Rsa;
    d->bits = bits;
    d->n = n;
    d->e = e;
    return d;
}

DataResult buildEc(PublicKey::Type type, const QByteArray &point)
{
    const int len = coordinateLength(type);
    const auto form = point.isEmpty() ? 0 : static_cast<quint8>(point[0]);
    const bool compressed = point.size() == 1 + len && (form == 2 || form == 3);
    const bool uncompressed = point.size() == 1 + 2 * len && form == 4;
    if (!compressed && !uncompressed) {
        return invalid(
            QStringLiteral("a %1 public key is a point of %2 bytes (compressed, starting 02 or 03) or "
                           "%3 bytes (uncompressed, starting 04); this is %4 bytes")
                .arg(PublicKey::typeName(type))
                .arg(1 + len)
                .arg(1 + 2 * len)
                .arg(point.size()));
    }
    ossl::ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName(type), 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1)
        return invalid(QStringLiteral("OpenSSL could not hold the EC key"));
    ossl::ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    ossl::EvpPkeyPtr pkey = params ? keyFromParams("EC", params.get()) : ossl::EvpPkeyPtr();
    if (!pkey)
        return invalid(
            QStringLiteral("the %1 public key is not a point on the curve").arg(PublicKey::typeName(type)));
    // Full public-key validation (on the curve, not the point at infinity, right order).
    ossl::EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return invalid(QStringLiteral("the %1 public key fails validation").arg(PublicKey::typeName(type)));

    auto d = std::make_shared<PublicKeyData>();
    d->x = bnParam(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, len);
    d->y = bnParam(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, len);
    if (d->x.size() != len || d->y.size() != len)
        return invalid(QStringLiteral("OpenSSL could not return the coordinates of the %1 key")
                           .arg(PublicKey::typeName(type)));
    d->pkey = std::move(pkey);
    d->type = type;
    d->bits = len * 8;
    return d;
}

DataResult buildEd25519(const QByteArray &key)
{
    if (key.size() != 32)
        return invalid(QStringLiteral("an Ed25519 public key is 32 bytes; this is %1").arg(key.size()));
    ossl::EvpPkeyPtr pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(key), 32));
    if (!pkey)
        return invalid(QStringLiteral("OpenSSL refused the Ed25519 public key"));
    auto d = std::make_shared<PublicKeyData>();
    d->pkey = std::move(pkey);
    d->type = PublicKey::Type::Ed25519;
    d->bits = 256;
    d->x = key;
    return d;
}

// Rebuilds a decoded key from its public material, so every key passes the same checks.
DataResult fromDecoded(const EVP_PKEY *pkey)
{
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        const QByteArray n = bnParam(pkey, OSSL_PKEY_PARAM_RSA_N, 0);
        const QByteArray e = bnParam(pkey, OSSL_PKEY_PARAM_RSA_E, 0);
        if (n.isEmpty() || e.isEmpty())
            return invalid(QStringLiteral("OpenSSL could not read the RSA key"));
        return buildRsa(n, e);
    }
    if (EVP_PKEY_is_a(pkey, "EC")) {
        char group[64] = {};
        size_t groupLen = 0;
        if (EVP_PKEY_get_group_name(pkey, group, sizeof group, &groupLen) != 1)
            return invalid(
                QStringLiteral("the EC key has explicit curve parameters instead of a named curve"));
        const QByteArray name(group, qsizetype(groupLen));
        PublicKey::Type type;
        if (name == "prime256v1" || name == "P-256" || name == "secp256r1")
            type = PublicKey::Type::P256;
        else if (name == "secp384r1" || name == "P-384")
            type = PublicKey::Type::P384;
        else
            return invalid(QStringLiteral("EC curve %1 is not supported (only P-256 and P-384)")
                               .arg(QString::fromLatin1(name)));
        uchar point[200];
        size_t pointLen = 0;
        if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &pointLen) !=
            1)
            return invalid(QStringLiteral("OpenSSL could not read the EC public point"));
        return buildEc(type, QByteArray(reinterpret_cast<const char *>(point), qsizetype(pointLen)));
    }
    if (EVP_PKEY_is_a(pkey, "ED25519")) {
        uchar key[32];
        size_t keyLen = sizeof key;
        if (EVP_PKEY_get_raw_public_key(pkey, key, &keyLen) != 1)
            return invalid(QStringLiteral("OpenSSL could not read the Ed25519 key"));
        return buildEd25519(QByteArray(reinterpret_cast<const char *>(key), qsizetype(keyLen)));
    }
    const char *name = EVP_PKEY_get0_type_name(pkey);
    return invalid(QStringLiteral("a %1 key is not supported (only RSA, EC P-256/P-384 and Ed25519)")
                       .arg(name ? QString::fromLatin1(name) : QStringLiteral("unknown")));
}

DataResult fromSpkiDer(const QByteArray &der)
{
    const uchar *p = bytesOf(der);
    ossl::EvpPkeyPtr pkey(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (!pkey)
        return invalid(QStringLiteral("the PEM body is not a DER SubjectPublicKeyInfo"));
    if (p != bytesOf(der) + der.size())
        return invalid(QStringLiteral("the PEM body has bytes after the SubjectPublicKeyInfo"));
    return fromDecoded(pkey.get());
}

DataResult fromPkcs1Der(const QByteArray &der)
{
    const uchar *p = bytesOf(der);
    ossl::EvpPkeyPtr pkey(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size())));
    if (!pkey)
        return invalid(QStringLiteral("the bytes are not a DER RSAPublicKey (PKCS #1)"));
    if (p != bytesOf(der) + der.size())
        return invalid(QStringLiteral("the RSAPublicKey has trailing bytes"));
    return fromDecoded(pkey.get());
}

std::optional<QByteArray> base64UrlMember(const QJsonObject &jwk, const QString &name)
{
    const QJsonValue v = jwk.value(name);
    if (!v.isString())
        return std::nullopt;
    return Base64Url::decode(v.toString().toLatin1());
}

} // namespace

PublicKey::PublicKey() = default;

PublicKey::PublicKey(std::shared_ptr<const PublicKeyData> d) : m_d(std::move(d)) {}

Result<PublicKey> PublicKey::adopt(Result<std::shared_ptr<PublicKeyData>> d)
{
    if (!d.ok())
        return d.error();
    return PublicKey(std::move(d).value());
}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject &jwk)
{
    if (jwk.contains(QLatin1String("d")) || jwk.contains(QLatin1String("p")) ||
        jwk.contains(QLatin1String("k")))
        return invalid(
            QStringLiteral("the JWK holds private or secret key material (\"d\", \"p\" or \"k\"); a "
                           "verifier needs only a public key, and a key shared this way is compromised"));
    const QJsonValue ktyValue = jwk.value(QLatin1String("kty"));
    if (!ktyValue.isString())
        return invalid(QStringLiteral("the JWK has no \"kty\" (key type)"));
    const QString kty = ktyValue.toString();
    if (jwk.contains(QLatin1String("use")) &&
        jwk.value(QLatin1String("use")).toString() != QLatin1String("sig"))
        return invalid(QStringLiteral("the JWK is marked \"use\": \"%1\", not for signatures")
                           .arg(jwk.value(QLatin1String("use")).toString()));
    const QString crv = jwk.value(QLatin1String("crv")).toString();

    if (kty == QLatin1String("RSA")) {
        auto n = base64UrlMember(jwk, QStringLiteral("n"));
        auto e = base64UrlMember(jwk, QStringLiteral("e"));
        if (!n || !e)
            return invalid(QStringLiteral("an RSA JWK needs \"n\" and \"e\" as base64url strings"));
        return adopt(buildRsa(*n, *e));
    }
    if (kty == QLatin1String("EC")) {
        Type type;
        if (crv == QLatin1String("P-256"))
            type = Type::P256;
        else if (crv == QLatin1String("P-384"))
            type = Type::P384;
        else
            return invalid(
                QStringLiteral("EC curve \"%1\" is not supported (only P-256 and P-384)").arg(crv));
        auto x = base64UrlMember(jwk, QStringLiteral("x"));
        auto y = base64UrlMember(jwk, QStringLiteral("y"));
        const int len = coordinateLength(type);
        if (!x || !y || x->size() != len || y->size() != len)
            return invalid(
                QStringLiteral("a %1 JWK needs \"x\" and \"y\" as base64url strings of %2 bytes each")
                    .arg(crv)
                    .arg(len));
        return adopt(buildEc(type, QByteArray(1, '\x04') + *x + *y));
    }
    if (kty == QLatin1String("OKP")) {
        if (crv != QLatin1String("Ed25519"))
            return invalid(QStringLiteral("OKP curve \"%1\" is not supported (only Ed25519)").arg(crv));
        auto x = base64UrlMember(jwk, QStringLiteral("x"));
        if (!x)
            return invalid(QStringLiteral("an Ed25519 JWK needs \"x\" as a base64url string"));
        return adopt(buildEd25519(*x));
    }
    return invalid(QStringLiteral("JWK key type \"%1\" is not supported (RSA, EC, OKP)").arg(kty));
}

Result<PublicKey> PublicKey::fromPem(const QByteArray &pem)
{
    if (pem.size() > kMaxPemSize)
        return invalid(QStringLiteral("a PEM key of %1 bytes is too large").arg(pem.size()));
    if (pem.contains("PRIVATE KEY"))
        return invalid(
            QStringLiteral("this PEM is a private key; a verifier needs only the public key, and a "
                           "private key shared this way is compromised"));
    const QByteArray text = pem.trimmed();
    static const QByteArray begin = "-----BEGIN ";
    static const QByteArray dashes = "-----";
    if (!text.startsWith(begin) || text.count(begin) != 1)
        return invalid(
            QStringLiteral("not a PEM block: it must start with \"-----BEGIN PUBLIC KEY-----\" and hold "
                           "exactly one key"));
    const qsizetype labelEnd = text.indexOf(dashes, begin.size());
    if (labelEnd < 0)
        return invalid(QStringLiteral("the PEM BEGIN line is not closed"));
    const QByteArray label = text.mid(begin.size(), labelEnd - begin.size());
    const QByteArray end = "-----END " + label + dashes;
    if (!text.endsWith(end))
        return invalid(
            QStringLiteral("the PEM block does not end with \"%1\"").arg(QString::fromLatin1(end)));
    const bool spki = label == "PUBLIC KEY";
    const bool pkcs1 = label == "RSA PUBLIC KEY";
    if (!spki && !pkcs1) {
        return invalid(QStringLiteral("a PEM \"%1\" is not a public key (expected \"PUBLIC KEY\")")
                           .arg(QString::fromLatin1(label.left(40))));
    }
    QByteArray body = text.mid(labelEnd + dashes.size(), text.size() - end.size() - labelEnd - dashes.size());
    body = body.simplified().replace(' ', QByteArray());
    auto der = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.isEmpty())
        return invalid(
            QStringLiteral("the PEM body is not base64 (encrypted or annotated PEM is not supported)"));
    return adopt(spki ? fromSpkiDer(der.decoded) : fromPkcs1Der(der.decoded));
}

Result<PublicKey> PublicKey::fromMultikey(const QString &publicKeyMultibase)
{
    // Building a key costs OpenSSL 3 a provider lookup under a lock, more than verifying a signature with
    // it; the same issuer key recurs across a library, so known keys are kept (public data, immutable).
    static QMutex mutex;
    static QHash<QString, PublicKey> known;
    {
        QMutexLocker lock(&mutex);
        if (auto it = known.constFind(publicKeyMultibase); it != known.cend())
            return *it;
    }
    auto key = decodeMultikey(publicKeyMultibase);
    if (key) {
        QMutexLocker lock(&mutex);
        if (known.size() >= 1024)
            known.clear();
        known.insert(publicKeyMultibase, *key);
    }
    return key;
}

Result<PublicKey> PublicKey::decodeMultikey(const QString &publicKeyMultibase)
{
    auto decoded = Multibase::decode(publicKeyMultibase);

    if (!decoded.ok())
        return invalid(QStringLiteral("publicKeyMultibase: %1").arg(decoded.error().message));
    if (decoded->base != Multibase::Base::Base58Btc)
        return invalid(QStringLiteral("publicKeyMultibase must be base58btc (prefix 'z')"));
    auto prefixed = Multicodec::split(decoded->bytes);
    if (!prefixed)
        return invalid(QStringLiteral("publicKeyMultibase does not start with a valid multicodec varint"));
    const QByteArray &body = prefixed->body;
    const QString codec = Multicodec::name(prefixed->code);
    auto sized = [&](int expected) -> std::optional<Error> {
        if (body.size() == expected)
            return std::nullopt;
        return invalid(QStringLiteral("a Multikey of type %1 holds %2 key bytes; this one holds %3")
                           .arg(codec)
                           .arg(expected)
                           .arg(body.size()));
    };
    switch (prefixed->code) {
    case Multicodec::kEd25519Pub:
        if (auto e = sized(32))
            return *e;
        return adopt(buildEd25519(body));
    case Multicodec::kP256Pub:
        if (auto e = sized(33))
            return *e;
        return adopt(buildEc(Type::P256, body));
    case Multicodec::kP384Pub:
        if (auto e = sized(49))
            return *e;
        return adopt(buildEc(Type::P384, body));
    case Multicodec::kEd25519Priv:
    case Multicodec::kSecp256k1Priv:
    case Multicodec::kP256Priv:
    case Multicodec::kP384Priv:
        return invalid(QStringLiteral("publicKeyMultibase holds a secret key (%1); a key shared this way is "
                                      "compromised")
                           .arg(codec));
    case Multicodec::kX25519Pub:
        return invalid(
            QStringLiteral("publicKeyMultibase holds an X25519 key-agreement key, which cannot verify "
                           "signatures"));
    default:
        return invalid(
            QStringLiteral("publicKeyMultibase key type %1 is not supported (ed25519-pub, p256-pub, "
                           "p384-pub)")
                .arg(codec));
    }
}

Result<PublicKey> PublicKey::fromRaw(Type type, const QByteArray &bytes)
{
    switch (type) {
    case Type::Ed25519:
        return adopt(buildEd25519(bytes));
    case Type::P256:
    case Type::P384:
        return adopt(buildEc(type, bytes));
    case Type::Rsa:
        return adopt(fromPkcs1Der(bytes));
    }
    return invalid(QStringLiteral("unknown key type"));
}

PublicKey::Type PublicKey::type() const
{
    return m_d ? m_d->type : Type::Ed25519;
}

int PublicKey::bits() const
{
    return m_d ? m_d->bits : 0;
}

QString PublicKey::typeName(Type type)
{
    switch (type) {
    case Type::Rsa:
        return QStringLiteral("RSA");
    case Type::P256:
        return QStringLiteral("P-256");
    case Type::P384:
        return QStringLiteral("P-384");
    case Type::Ed25519:
        return QStringLiteral("Ed25519");
    }
    return QString();
}

QString PublicKey::description() const
{
    if (!m_d)
        return QStringLiteral("no key");
    if (m_d->type == Type::Rsa)
        return QStringLiteral("RSA %1").arg(m_d->bits);
    return typeName(m_d->type);
}

QJsonObject PublicKey::toJwk() const
{
    if (!m_d)
        return {};
    auto s = [](const QByteArray &b) { return QString::fromLatin1(Base64Url::encode(b)); };
    switch (m_d->type) {
    case Type::Rsa:
        return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("n"), s(m_d->n)},
                {QStringLiteral("e"), s(m_d->e)}};
    case Type::P256:
    case Type::P384:
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), typeName(m_d->type)},
                {QStringLiteral("x"), s(m_d->x)},
                {QStringLiteral("y"), s(m_d->y)}};
    case Type::Ed25519:
        return {{QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), s(m_d->x)}};
    }
    return {};
}

QByteArray PublicKey::raw() const
{
    if (!m_d)
        return {};
    switch (m_d->type) {
    case Type::Ed25519:
        return m_d->x;
    case Type::P256:
    case Type::P384: {
        const char form = (static_cast<quint8>(m_d->y.back()) & 1) ? '\x03' : '\x02';
        return QByteArray(1, form) + m_d->x;
    }
    case Type::Rsa: {
        uchar *out = nullptr;
        const int len = i2d_PublicKey(m_d->pkey.get(), &out);
        if (len <= 0) {
            ERR_clear_error();
            return {};
        }
        QByteArray der(reinterpret_cast<const char *>(out), len);
        OPENSSL_free(out);
        return der;
    }
    }
    return {};
}

QString PublicKey::multikey() const
{
    if (!m_d)
        return {};
    switch (m_d->type) {
    case Type::Ed25519:
        return Multibase::encode(Multibase::Base::Base58Btc,
                                 Multicodec::prefix(Multicodec::kEd25519Pub, raw()));
    case Type::P256:
        return Multibase::encode(Multibase::Base::Base58Btc, Multicodec::prefix(Multicodec::kP256Pub, raw()));
    case Type::P384:
        return Multibase::encode(Multibase::Base::Base58Btc, Multicodec::prefix(Multicodec::kP384Pub, raw()));
    case Type::Rsa:
        return {};
    }
    return {};
}

QString PublicKey::fingerprint() const
{
    if (!m_d)
        return {};
    // RFC 7638 section 3.2: the required members only, in lexicographic order, no white space.
    auto b = [](const QByteArray &bytes) { return Base64Url::encode(bytes); };
    QByteArray json;
    switch (m_d->type) {
    case Type::Rsa:
        json = "{\"e\":\"" + b(m_d->e) + "\",\"kty\":\"RSA\",\"n\":\"" + b(m_d->n) + "\"}";
        break;
    case Type::P256:
    case Type::P384:
        json = "{\"crv\":\"" + typeName(m_d->type).toLatin1() + "\",\"kty\":\"EC\",\"x\":\"" + b(m_d->x) +
               "\",\"y\":\"" + b(m_d->y) + "\"}";
        break;
    case Type::Ed25519:
        json = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + b(m_d->x) + "\"}";
        break;
    }
    return QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(json, QCryptographicHash::Sha256)));
}

bool operator==(const PublicKey &a, const PublicKey &b)
{
    if (!a.m_d || !b.m_d)
        return !a.m_d && !b.m_d;
    return a.m_d->type == b.m_d->type && a.m_d->n == b.m_d->n && a.m_d->e == b.m_d->e &&
           a.m_d->x == b.m_d->x && a.m_d->y == b.m_d->y;
}

} // namespace pf
