#include "Migration.h"

namespace pf {

QList<Migration> schemaMigrations()
{
    QList<Migration> steps;

    steps.append(
        {1,
         QStringLiteral("evidence, placements, competencies and credentials"),
         {
             QStringLiteral(R"(CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('file', 'link', 'note')),
            url TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            reflection TEXT NOT NULL DEFAULT '',
            course TEXT NOT NULL DEFAULT '',
            term TEXT NOT NULL DEFAULT '',
            date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE evidence_tag (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            tag TEXT NOT NULL CHECK (length(tag) > 0),
            PRIMARY KEY (evidence_id, tag)))"),
             QStringLiteral("CREATE INDEX evidence_tag_by_tag ON evidence_tag(tag)"),
             QStringLiteral(R"(CREATE TABLE evidence_file (
            id INTEGER PRIMARY KEY,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64)))"),
             QStringLiteral("CREATE INDEX evidence_file_by_evidence ON evidence_file(evidence_id, position)"),
             QStringLiteral("CREATE INDEX evidence_file_by_hash ON evidence_file(sha256)"),
             QStringLiteral(R"(CREATE TABLE framework (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            source_url TEXT NOT NULL DEFAULT '',
            UNIQUE (name, source_url)))"),
             QStringLiteral(R"(CREATE TABLE competency (
            id INTEGER PRIMARY KEY,
            framework_id INTEGER REFERENCES framework(id) ON DELETE RESTRICT,
            code TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE UNIQUE INDEX competency_by_url ON competency(url) WHERE url <> ''"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX competency_by_code ON competency(ifnull(framework_id, 0), code) "
                 "WHERE code <> ''"),
             QStringLiteral(R"(CREATE TABLE evidence_competency (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
            PRIMARY KEY (evidence_id, competency_id)))"),
             QStringLiteral(
                 "CREATE INDEX evidence_competency_by_competency ON evidence_competency(competency_id)"),
             QStringLiteral(R"(CREATE TABLE placement (
            id INTEGER PRIMARY KEY,
            organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
            role TEXT NOT NULL CHECK (length(trim(role)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('internship', 'apprenticeship', 'mentorship',
                                               'work-experience', 'volunteering')),
            supervisor_name TEXT NOT NULL DEFAULT '',
            supervisor_title TEXT NOT NULL DEFAULT '',
            supervisor_email TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date TEXT,
            location TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            CHECK (end_date IS NULL OR end_date >= start_date)))"),
             QStringLiteral(R"(CREATE TABLE log_entry (
            id INTEGER PRIMARY KEY,
            placement_id INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            centi_hours INTEGER NOT NULL CHECK (centi_hours > 0 AND centi_hours <= 2400),
            activities TEXT NOT NULL DEFAULT '',
            reflection TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX log_entry_by_placement ON log_entry(placement_id, date)"),
             QStringLiteral(R"(CREATE TABLE log_entry_competency (
            log_entry_id INTEGER NOT NULL REFERENCES log_entry(id) ON DELETE CASCADE,
            competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
            PRIMARY KEY (log_entry_id, competency_id)))"),
             QStringLiteral(
                 "CREATE INDEX log_entry_competency_by_competency ON log_entry_competency(competency_id)"),
             QStringLiteral(R"(CREATE TABLE evaluation (
            id INTEGER PRIMARY KEY,
            placement_id INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            evaluator_name TEXT NOT NULL CHECK (length(trim(evaluator_name)) > 0),
            evaluator_title TEXT NOT NULL DEFAULT '',
            rubric TEXT NOT NULL DEFAULT '',
            scale_min INTEGER NOT NULL,
            scale_max INTEGER NOT NULL,
            comments TEXT NOT NULL DEFAULT '',
            CHECK (scale_min < scale_max)))"),
             QStringLiteral("CREATE INDEX evaluation_by_placement ON evaluation(placement_id, date)"),
             QStringLiteral(R"(CREATE TABLE evaluation_rating (
            evaluation_id INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
            competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE RESTRICT,
            rating INTEGER NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evaluation_id, competency_id)))"),
             QStringLiteral(
                 "CREATE INDEX evaluation_rating_by_competency ON evaluation_rating(competency_id)"),
             QStringLiteral(R"(CREATE TABLE evaluation_evidence (
            evaluation_id INTEGER NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            PRIMARY KEY (evaluation_id, evidence_id)))"),
             // original_sha256: the bytes received (PNG, SVG, JSON, JWS); content_sha256: the credential
             // itself, so the same credential in another container is recognised as already present.
             QStringLiteral(R"(CREATE TABLE credential (
            id INTEGER PRIMARY KEY,
            original_sha256 TEXT NOT NULL CHECK (length(original_sha256) = 64),
            original_size INTEGER NOT NULL,
            content_sha256 TEXT NOT NULL UNIQUE CHECK (length(content_sha256) = 64),
            format TEXT NOT NULL,
            credential_id TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            issuer_name TEXT NOT NULL DEFAULT '',
            issued_at TEXT,
            valid_until TEXT,
            image_sha256 TEXT CHECK (image_sha256 IS NULL OR length(image_sha256) = 64),
            derived_json TEXT NOT NULL DEFAULT '{}',
            source_file_name TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            parent_id INTEGER REFERENCES credential(id) ON DELETE CASCADE))"),
             QStringLiteral("CREATE INDEX credential_by_parent ON credential(parent_id)"),
             QStringLiteral("CREATE INDEX credential_by_original ON credential(original_sha256)"),
             QStringLiteral(R"(CREATE TABLE credential_competency (
            credential_id INTEGER NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
            competency_id INTEGER NOT NULL REFERENCES competency(id) ON DELETE CASCADE,
            PRIMARY KEY (credential_id, competency_id)))"),
             QStringLiteral(
                 "CREATE INDEX credential_competency_by_competency ON credential_competency(competency_id)"),
             QStringLiteral(R"(CREATE TABLE credential_verification (
            id INTEGER PRIMARY KEY,
            credential_id INTEGER NOT NULL REFERENCES credential(id) ON DELETE CASCADE,
            verified_at TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('valid', 'invalid', 'unknown', 'unchecked')),
            report_json TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX credential_verification_by_credential "
                            "ON credential_verification(credential_id, verified_at)"),
         }});

    // One row per searchable field, so a hit can name the field that matched. The FTS5 index takes its
    // text from search_entry (external content), whose index on (kind, item_id) keeps updates cheap.
    steps.append(
        {2,
         QStringLiteral("full-text search"),
         {
             QStringLiteral("CREATE TABLE search_entry (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                            "item_id INTEGER NOT NULL, field TEXT NOT NULL, body TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX search_entry_by_item ON search_entry(kind, item_id)"),
             QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(body, content = 'search_entry', "
                            "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')"),
             QStringLiteral(
                 "INSERT INTO search_entry (kind, item_id, field, body) "
                 "SELECT 'evidence', id, 'title', title FROM evidence UNION ALL "
                 "SELECT 'evidence', id, 'description', description FROM evidence WHERE description <> '' "
                 "UNION ALL SELECT 'evidence', id, 'reflection', reflection FROM evidence "
                 "WHERE reflection <> '' UNION ALL SELECT 'evidence', id, 'course', course FROM evidence "
                 "WHERE course <> ''"),
             QStringLiteral(
                 "INSERT INTO search_entry (kind, item_id, field, body) "
                 "SELECT 'evidence', evidence_id, 'tags', group_concat(tag, ' ') FROM evidence_tag "
                 "GROUP BY evidence_id"),
             QStringLiteral("INSERT INTO search_entry (kind, item_id, field, body) "
                            "SELECT 'placement', id, 'organisation', organisation FROM placement UNION ALL "
                            "SELECT 'placement', id, 'role', role FROM placement UNION ALL "
                            "SELECT 'placement', id, 'description', description FROM placement "
                            "WHERE description <> ''"),
             QStringLiteral(
                 "INSERT INTO search_entry (kind, item_id, field, body) "
                 "SELECT 'log', id, 'activities', activities FROM log_entry WHERE activities <> '' "
                 "UNION ALL SELECT 'log', id, 'reflection', reflection FROM log_entry "
                 "WHERE reflection <> ''"),
             QStringLiteral(
                 "INSERT INTO search_entry (kind, item_id, field, body) "
                 "SELECT 'evaluation', id, 'comments', comments FROM evaluation WHERE comments <> ''"),
             QStringLiteral(
                 "INSERT INTO search_entry (kind, item_id, field, body) "
                 "SELECT 'competency', id, 'title', title FROM competency UNION ALL "
                 "SELECT 'competency', id, 'code', code FROM competency WHERE code <> '' UNION ALL "
                 "SELECT 'competency', id, 'description', description FROM competency "
                 "WHERE description <> ''"),
             QStringLiteral(
                 "INSERT INTO search_entry (kind, item_id, field, body) "
                 "SELECT 'credential', id, 'name', name FROM credential WHERE name <> '' UNION ALL "
                 "SELECT 'credential', id, 'issuer', issuer_name FROM credential WHERE issuer_name <> ''"),
             QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"),
         }});

    // Documents a verifier needs (issuer profiles, keys, DID documents, status lists, badge classes),
    // kept under their URL so that nothing is ever fetched.
    steps.append({3,
                  QStringLiteral("offline document cache"),
                  {
                      QStringLiteral(R"(CREATE TABLE cached_document (
            url TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            media_type TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL))"),
                  }});

    // The issuers the learner trusts, and the learner's own identifiers for recipient checks.
    steps.append(
        {4,
         QStringLiteral("trust list and learner identifiers"),
         {
             QStringLiteral(
                 "CREATE TABLE trusted_issuer (id TEXT PRIMARY KEY CHECK (length(trim(id)) > 0), "
                 "name TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE learner_identifier (kind TEXT NOT NULL CHECK (kind IN "
                 "('email', 'did', 'url', 'phone', 'student-id', 'other')), "
                 "value TEXT NOT NULL CHECK (length(trim(value)) > 0), PRIMARY KEY (kind, value))"),
         }});

    // Indexes that let the lists read one page in their own order instead of sorting every row, and
    // the learner's name, which the identifiers table has no place for.
    steps.append(
        {5,
         QStringLiteral("list indexes and the learner's name"),
         {
             QStringLiteral("CREATE INDEX evidence_by_date ON evidence(date IS NULL, date DESC, id DESC)"),
             QStringLiteral("CREATE INDEX evidence_by_course ON evidence(course)"),
             QStringLiteral("CREATE INDEX credential_by_import ON credential(imported_at DESC, id DESC)"),
             QStringLiteral("CREATE TABLE learner_profile (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "name TEXT NOT NULL DEFAULT '')"),
         }});

    // Application packs: named selections of the portfolio for one application, saved for reuse. Links
    // go with the item they name, so a deleted credential simply leaves every pack.
    const auto packLinks = [](const QString &kind, const QString &table) {
        return QStringLiteral(
                   "CREATE TABLE application_pack_%1 (pack_id INTEGER NOT NULL REFERENCES "
                   "application_pack(id) ON DELETE CASCADE, %1_id INTEGER NOT NULL REFERENCES %2(id) "
                   "ON DELETE CASCADE, PRIMARY KEY (pack_id, %1_id)) WITHOUT ROWID")
            .arg(kind, table);
    };
    steps.append(
        {6,
         QStringLiteral("application packs"),
         {
             QStringLiteral("CREATE TABLE application_pack (id INTEGER PRIMARY KEY, "
                            "name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0), "
                            "target_role TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '', "
                            "cover_note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"),
             packLinks(QStringLiteral("credential"), QStringLiteral("credential")),
             packLinks(QStringLiteral("evidence"), QStringLiteral("evidence")),
             packLinks(QStringLiteral("placement"), QStringLiteral("placement")),
             packLinks(QStringLiteral("competency"), QStringLiteral("competency")),
         }});

    return steps;
}

} // namespace pf
