#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pf {

// One step of the schema: the SQL that takes the database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The schema's history, oldest first; append to it, never edit a step that has shipped.
QList<Migration> schemaMigrations();

} // namespace pf
