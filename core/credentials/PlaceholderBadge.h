#pragma once

#include <QByteArray>
#include <QString>

namespace pf {

// A plain round badge picture, for baking a credential that arrived without an image of its own.
class PlaceholderBadge
{
public:
    static QByteArray png(int size = 256);
    static QByteArray svg(const QString &title);
};

} // namespace pf
