#include "SamplePortfolio.h"

#include "credentials/CredentialImporter.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>

namespace pf {

namespace {

// The sample is content, not UI: like a learner's own words it stays in the language it was written in.
struct SampleCompetency
{
    const char *code;
    const char *title;
    const char *description;
};

const SampleCompetency kDigComp[] = {
    {"1.1", "Browsing, searching and filtering data",
     "Finding data and digital content, judging which sources to trust, and filtering what is found."},
    {"2.1", "Interacting through digital technologies",
     "Choosing suitable digital tools to communicate with colleagues, users and clients."},
    {"2.4", "Collaborating through digital technologies",
     "Working with others on shared documents, code and designs, and giving feedback online."},
    {"3.1", "Developing digital content",
     "Creating and editing content in different formats, from reports to prototypes."},
    {"3.4", "Programming", "Planning and writing instructions a computer can carry out to solve a problem."},
    {"5.2", "Identifying needs and technological responses",
     "Understanding what people need and choosing or adapting tools that meet those needs."},
};

// The sample university's badges are signed by this DID (see resources/sample/README.md), and name
// their recipient by this address.
const QString kSampleIssuer = QStringLiteral("did:key:z6MkhprAwbRz3bM58fG28QtztvRU1DqdE3fyB61nVMLBDVX8");
const QString kSampleEmail = QStringLiteral("amira.haddad@student.example-university.org");

const QString kFramework = QStringLiteral("DigComp 2.2 (European Digital Competence Framework)");
const QString kFrameworkUrl = QStringLiteral("https://joint-research-centre.ec.europa.eu/digcomp_en");

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Status failed(const QString &what)
{
    return Error{ErrorCode::Io, QStringLiteral("sample portfolio: %1").arg(what)};
}

} // namespace

Result<QString> SamplePortfolio::writeAuditReport(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("accessibility-audit.pdf"));
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Accessibility audit of the City Library website"));
    writer.setCreator(QStringLiteral("Pathfolio sample portfolio"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(150);

    QTextDocument report;
    report.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    report.setHtml(text(R"(
<h1 style="color:#1d4e89">Accessibility audit of the City Library website</h1>
<p><i>Amira Haddad &middot; HCI 210 Human&ndash;Computer Interaction &middot; Autumn 2024</i></p>
<h2>Summary</h2>
<p>Five key pages of the City Library website were checked against WCAG 2.2 level AA: the home page,
search, search results, an item page and the room booking form. The pages were tested with the NVDA
screen reader, with the keyboard alone, at 200% zoom and with an automated checker.</p>
<p>The site looks clean, but 14 problems stop or slow down people who do not use a mouse. Four of them
are serious: the booking form cannot be completed with the keyboard.</p>
<h2>Findings</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr style="background:#e8eef6"><th>Page</th><th>Problem</th><th>WCAG</th><th>Severity</th></tr>
<tr><td>Booking form</td><td>Date picker cannot be opened with the keyboard</td><td>2.1.1</td><td>Serious</td></tr>
<tr><td>Booking form</td><td>Error messages are not announced</td><td>4.1.3</td><td>Serious</td></tr>
<tr><td>Search results</td><td>Filters have no visible focus</td><td>2.4.7</td><td>Serious</td></tr>
<tr><td>Item page</td><td>Cover images have no text alternative</td><td>1.1.1</td><td>Serious</td></tr>
<tr><td>Home</td><td>Grey text on white has a contrast of 3.2:1</td><td>1.4.3</td><td>Moderate</td></tr>
<tr><td>All pages</td><td>No link to skip the navigation</td><td>2.4.1</td><td>Moderate</td></tr>
</table>
<h2>Recommendations</h2>
<ol>
<li>Replace the date picker with native date inputs, or make the current one keyboard operable.</li>
<li>Announce form errors in a live region and move focus to the first field in error.</li>
<li>Give every interactive element a focus style with at least 3:1 contrast.</li>
<li>Add text alternatives to cover images, taken from the catalogue record.</li>
</ol>
<h2>What I would do differently</h2>
<p>I started with the automated checker, which found only a third of the problems. Next time I would begin
with the keyboard and the screen reader, and ask a screen-reader user to try the booking form.</p>
)"));
    report.print(&writer);
    if (!QFileInfo::exists(path))
        return failed(QStringLiteral("could not write %1").arg(path)).error();
    return path;
}

Result<QString> SamplePortfolio::writeWireframes(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("campus-events-wireframes.png"));
    QImage image(1500, 1000, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xea));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);

    QFont titleFont(QStringLiteral("DejaVu Sans"), 26, QFont::Bold);
    QFont labelFont(QStringLiteral("DejaVu Sans"), 15);
    p.setFont(titleFont);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QRect(60, 30, 1380, 60), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Campus events app - wireframes v2"));

    const QStringList screens{QStringLiteral("Today"), QStringLiteral("Event"), QStringLiteral("My tickets")};
    const QPen ink(QColor(0x44, 0x44, 0x44), 3);
    for (int i = 0; i < screens.size(); ++i) {
        const QRectF phone(90 + i * 470, 120, 380, 820);
        p.setPen(ink);
        p.setBrush(Qt::white);
        p.drawRoundedRect(phone, 36, 36);
        const QRectF screen = phone.adjusted(22, 60, -22, -60);
        p.setBrush(Qt::NoBrush);
        p.drawRect(screen);
        p.setFont(labelFont);
        p.drawText(QRectF(screen.left(), screen.top() + 10, screen.width(), 30), Qt::AlignCenter, screens[i]);
        p.setPen(QPen(QColor(0x88, 0x88, 0x88), 2, Qt::DashLine));
        if (i == 0) {
            for (int card = 0; card < 4; ++card) {
                const QRectF r(screen.left() + 16, screen.top() + 60 + card * 150, screen.width() - 32, 130);
                p.drawRect(r);
                p.drawLine(r.topLeft(), r.bottomRight());
                p.drawLine(r.bottomLeft(), r.topRight());
            }
        } else if (i == 1) {
            const QRectF hero(screen.left() + 16, screen.top() + 60, screen.width() - 32, 220);
            p.drawRect(hero);
            p.drawLine(hero.topLeft(), hero.bottomRight());
            p.drawLine(hero.bottomLeft(), hero.topRight());
            for (int line = 0; line < 6; ++line)
                p.drawLine(QPointF(screen.left() + 16, screen.top() + 320 + line * 36),
                           QPointF(screen.right() - 16 - (line % 3) * 60, screen.top() + 320 + line * 36));
            p.setPen(ink);
            p.setBrush(QColor(0x1d, 0x4e, 0x89));
            p.drawRoundedRect(QRectF(screen.left() + 16, screen.bottom() - 80, screen.width() - 32, 56), 12,
                              12);
            p.setPen(Qt::white);
            p.drawText(QRectF(screen.left() + 16, screen.bottom() - 80, screen.width() - 32, 56),
                       Qt::AlignCenter, QStringLiteral("Book a place"));
            p.setBrush(Qt::NoBrush);
        } else {
            for (int ticket = 0; ticket < 3; ++ticket) {
                const QRectF r(screen.left() + 16, screen.top() + 60 + ticket * 190, screen.width() - 32,
                               170);
                p.drawRoundedRect(r, 14, 14);
                p.drawRect(QRectF(r.right() - 110, r.top() + 25, 90, 90));
            }
        }
    }
    p.end();
    if (!image.save(path, "PNG"))
        return failed(QStringLiteral("could not write %1").arg(path)).error();
    return path;
}

Status SamplePortfolio::populate(Store &store, const QString &scratchDir)
{
    if (!QDir().mkpath(scratchDir))
        return failed(QStringLiteral("cannot create %1").arg(scratchDir));

    QHash<QString, qint64> competency;
    for (const SampleCompetency &c : kDigComp) {
        Competency item;
        item.frameworkName = kFramework;
        item.frameworkUrl = kFrameworkUrl;
        item.code = text(c.code);
        item.title = text(c.title);
        item.description = text(c.description);
        auto id = store.competencies().create(item);
        if (!id)
            return id.error();
        competency.insert(item.code, *id);
    }
    {
        Competency own;
        own.code = QStringLiteral("UR");
        own.title = QStringLiteral("User research");
        own.description = QStringLiteral("Planning, running and analysing usability tests and interviews.");
        auto id = store.competencies().create(own);
        if (!id)
            return id.error();
        competency.insert(own.code, *id);
    }
    const auto ids = [&](std::initializer_list<const char *> codes) {
        QList<qint64> list;
        for (const char *code : codes)
            list << competency.value(text(code));
        return list;
    };

    auto report = writeAuditReport(scratchDir);
    if (!report)
        return report.error();
    auto wireframes = writeWireframes(scratchDir);
    if (!wireframes)
        return wireframes.error();

    struct SampleEvidence
    {
        Evidence item;
        QStringList files;
    };
    const auto evidence = [](const char *title, Evidence::Kind kind, const char *date, const char *course,
                             const char *term, QStringList tags, QList<qint64> competencies) {
        Evidence e;
        e.title = text(title);
        e.kind = kind;
        e.date = QDate::fromString(text(date), Qt::ISODate);
        e.course = text(course);
        e.term = text(term);
        e.tags = std::move(tags);
        e.competencyIds = std::move(competencies);
        return e;
    };

    QList<SampleEvidence> items;
    {
        Evidence e =
            evidence("Accessibility audit of the City Library website", Evidence::Kind::File, "2024-10-18",
                     "HCI 210 Human–Computer Interaction", "Autumn 2024",
                     {QStringLiteral("accessibility"), QStringLiteral("WCAG"), QStringLiteral("audit")},
                     ids({"5.2", "3.1", "1.1", "UR"}));
        e.description =
            QStringLiteral("A WCAG 2.2 audit of five key pages, tested with a screen reader, the keyboard "
                           "alone and an automated checker, with recommendations for each problem.");
        e.reflection =
            QStringLiteral("I assumed the site was fine because it looked clean. Using it with a screen "
                           "reader showed how much of it is unusable without a mouse. Next time I will "
                           "start with the keyboard, not with the automated checker.");
        items << SampleEvidence{e, {*report}};
    }
    {
        Evidence e = evidence("Wireframes for a campus events app", Evidence::Kind::File, "2024-10-02",
                              "HCI 210 Human–Computer Interaction", "Autumn 2024",
                              {QStringLiteral("design"), QStringLiteral("prototyping")}, ids({"3.1", "UR"}));
        e.description = QStringLiteral("Second round of low-fidelity wireframes for the three main screens, "
                                       "after a hallway test with six students.");
        e.reflection =
            QStringLiteral("Sketching three versions of the event screen before choosing one was faster "
                           "than polishing the first idea.");
        items << SampleEvidence{e, {*wireframes}};
    }
    {
        Evidence e = evidence("Route planner: team project repository", Evidence::Kind::Link, "2024-05-21",
                              "CS 220 Software Engineering", "Spring 2024",
                              {QStringLiteral("teamwork"), QStringLiteral("Python"), QStringLiteral("git")},
                              ids({"3.4", "2.4"}));
        e.url = QStringLiteral("https://git.example.edu/ahaddad/route-planner");
        e.description =
            QStringLiteral("A bus route planner built by a team of four over ten weeks. I wrote the "
                           "routing module and its tests, and ran our weekly planning meetings.");
        e.reflection =
            QStringLiteral("Splitting the work by module made merging painful; next time we will agree on "
                           "interfaces in week one.");
        items << SampleEvidence{e, {}};
    }
    {
        Evidence e = evidence("What I learnt from my first code review", Evidence::Kind::Note, "2024-04-30",
                              "CS 220 Software Engineering", "Spring 2024", {QStringLiteral("reflection")},
                              ids({"2.4"}));
        e.description = QStringLiteral("Notes after my first pull request received 23 review comments.");
        e.reflection =
            QStringLiteral("At first the comments felt like criticism. Reading them again, most were "
                           "questions about names. Smaller pull requests got faster, kinder reviews.");
        items << SampleEvidence{e, {}};
    }
    {
        Evidence e = evidence("Survey data cleaning notebook", Evidence::Kind::Link, "2024-03-14",
                              "STAT 150 Data Analysis", "Spring 2024",
                              {QStringLiteral("data"), QStringLiteral("Python")}, ids({"1.1"}));
        e.url = QStringLiteral("https://notebooks.example.edu/ahaddad/survey-cleaning");
        e.description =
            QStringLiteral("A documented notebook that cleans 1,200 survey responses: duplicates, "
                           "free-text ages and inconsistent course names.");
        items << SampleEvidence{e, {}};
    }
    QList<qint64> evidenceIds;
    for (const SampleEvidence &sample : items) {
        auto id = store.evidence().create(sample.item, sample.files);
        if (!id)
            return id.error();
        evidenceIds << *id;
    }

    Placement placement;
    placement.organisation = QStringLiteral("Northwind Digital");
    placement.role = QStringLiteral("UX and front-end intern");
    placement.kind = Placement::Kind::Internship;
    placement.supervisorName = QStringLiteral("Jonas Becker");
    placement.supervisorTitle = QStringLiteral("Lead UX Designer");
    placement.supervisorEmail = QStringLiteral("jonas.becker@northwind.example");
    placement.startDate = QDate(2024, 6, 3);
    placement.endDate = QDate(2024, 7, 12);
    placement.location = QStringLiteral("Leeds, United Kingdom");
    placement.description =
        QStringLiteral("Six weeks in the product team of a booking platform for sports centres: "
                       "usability testing, accessibility fixes and a new date-picker component.");
    auto placementId = store.placements().create(placement);
    if (!placementId)
        return placementId.error();

    struct SampleEntry
    {
        const char *date;
        int centiHours;
        const char *activities;
        const char *reflection;
        const char *competencies; // codes, separated by spaces
    };
    const SampleEntry entries[] = {
        {"2024-06-03", 750,
         "Onboarding: met the product team, set up the design system and the front-end repository.",
         "Writing down who owns which part of the product helped me find my way.", "2.1"},
        {"2024-06-05", 600, "Shadowed two usability test sessions of the booking flow and took notes.",
         "Watching people hesitate at the date picker convinced me more than any report.", "UR 5.2"},
        {"2024-06-11", 700, "Grouped the usability findings into an affinity map with the UX lead.", "",
         "UR 2.4"},
        {"2024-06-13", 450, "Built the first version of an accessible date-picker component in React.",
         "I underestimated how much keyboard handling a date picker needs.", "3.4 3.1"},
        {"2024-06-18", 750,
         "Pair-programmed keyboard navigation for the date picker and wrote its unit tests.", "", "3.4"},
        {"2024-06-20", 350, "Design critique of the new onboarding screens; presented two alternatives.",
         "Showing two options led to a better discussion than defending one.", "2.4 3.1"},
        {"2024-06-25", 800,
         "Checked the booking flow with a screen reader and an automated accessibility checker.", "",
         "5.2 1.1"},
        {"2024-06-27", 650, "Fixed the colour-contrast and focus-order problems found in the check.", "",
         "3.4"},
        {"2024-07-02", 700, "Prepared and ran a remote usability test with five participants.",
         "Running the test myself was nerve-racking; a script and a pilot session helped.", "UR 2.1"},
        {"2024-07-04", 525, "Analysed the recordings and wrote the findings report.", "", "UR 1.1 3.1"},
        {"2024-07-09", 750,
         "Reworked the search results page after the findings; reviewed it with the developers.", "",
         "3.1 2.4"},
        {"2024-07-11", 600,
         "Presented my project to the product team and handed over the component documentation.",
         "Explaining decisions to developers and managers at once needs two kinds of detail.", "2.1 3.1"},
    };
    for (const SampleEntry &sample : entries) {
        LogEntry entry;
        entry.placementId = *placementId;
        entry.date = QDate::fromString(text(sample.date), Qt::ISODate);
        entry.centiHours = sample.centiHours;
        entry.activities = text(sample.activities);
        entry.reflection = text(sample.reflection);
        for (const QString &code : text(sample.competencies).split(u' ', Qt::SkipEmptyParts))
            entry.competencyIds << competency.value(code);
        if (auto id = store.logEntries().create(entry); !id)
            return id.error();
    }

    Evaluation evaluation;
    evaluation.placementId = *placementId;
    evaluation.date = QDate(2024, 7, 12);
    evaluation.evaluatorName = placement.supervisorName;
    evaluation.evaluatorTitle = placement.supervisorTitle;
    evaluation.rubric =
        QStringLiteral("1 = beginning, 2 = developing, 3 = competent, 4 = proficient, 5 = excellent");
    evaluation.scaleMin = 1;
    evaluation.scaleMax = 5;
    evaluation.ratings = {
        {competency.value(QStringLiteral("UR")), 4,
         QStringLiteral("Ran the last usability test on her own.")},
        {competency.value(QStringLiteral("5.2")), 4,
         QStringLiteral("Turned test findings into clear requirements.")},
        {competency.value(QStringLiteral("3.4")), 3,
         QStringLiteral("Solid React work; ask for code review earlier.")},
        {competency.value(QStringLiteral("2.4")), 5, QStringLiteral("Gives and takes feedback very well.")},
    };
    evaluation.comments =
        QStringLiteral("Amira quickly became a trusted member of the team. Her accessibility work "
                       "on the date picker is now used across the product.");
    if (auto id = store.evaluations().create(evaluation); !id)
        return id.error();

    // What a verifier of her university's badges reads offline: its issuer profile, and the university
    // trusted.
    const QString issuerId = QStringLiteral("https://badges.example-university.org/issuer.json");
    const QByteArray profile =
        QJsonDocument(
            QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2")},
                        {QStringLiteral("type"), QStringLiteral("Profile")},
                        {QStringLiteral("id"), issuerId},
                        {QStringLiteral("name"), QStringLiteral("Example University of Applied Sciences")},
                        {QStringLiteral("url"), QStringLiteral("https://example-university.org")}})
            .toJson();
    const QString profilePath = QDir(scratchDir).filePath(QStringLiteral("issuer.json"));
    QFile profileFile(profilePath);
    if (!profileFile.open(QIODevice::WriteOnly) || profileFile.write(profile) != profile.size())
        return failed(QStringLiteral("cannot write %1").arg(profilePath));
    profileFile.close();
    if (Status s = store.cache().put(issuerId, profile, QDir::toNativeSeparators(profilePath),
                                     QStringLiteral("application/json"));
        !s)
        return s;
    if (Status s = store.trust().add({kSampleIssuer, QStringLiteral("Example University of Applied Sciences"),
                                      QStringLiteral("Amira's university; issues the course badges."),
                                      QDateTime::currentDateTimeUtc()});
        !s)
        return s;
    if (Status s = store.identities().add({QStringLiteral("email"), kSampleEmail}); !s)
        return s;
    if (Status s = store.identities().setName(QStringLiteral("Amira Haddad")); !s)
        return s;

    // Her badges: real OB 3.0 credentials signed by the university's (sample) DID, imported and verified
    // as any badge would be, so that they show their reports.
    CredentialImporter importer(store);
    QList<qint64> badges;
    const QDir bundled(QStringLiteral(":/sample/badges"));
    for (const QString &name : bundled.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(bundled.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return failed(QStringLiteral("cannot read the bundled %1").arg(name));
        const QList<ImportOutcome> outcomes = importer.importBytes(file.readAll(), name);
        if (outcomes.size() != 1 || outcomes.first().kind != ImportOutcome::Kind::Imported)
            return outcomes.isEmpty() ? failed(QStringLiteral("%1 holds no badge").arg(name))
                                      : Status(outcomes.first().error);
        badges << outcomes.first().id;
    }
    if (badges.isEmpty())
        return failed(QStringLiteral("no bundled badges"));
    LibraryVerifier verifier(store);
    const VerificationContext context = verifier.context();
    for (qint64 id : std::as_const(badges)) {
        if (auto verified = verifier.verifyStored(id, context); !verified)
            return verified.error();
    }

    // An application pack for one job: the design work, the internship and one badge.
    ApplicationPack pack;
    pack.name = QStringLiteral("Brightline Studio");
    pack.targetRole = QStringLiteral("Junior UX designer at Brightline Studio");
    pack.headline = QStringLiteral("UX design student who tests with real users");
    pack.coverNote =
        QStringLiteral("Dear Brightline team, these are the projects and the internship behind my "
                       "application. Every badge can be checked with Pathfolio, offline.");
    pack.credentialIds = {badges.first()};
    pack.evidenceIds = {evidenceIds.at(0), evidenceIds.at(1)};
    pack.placementIds = {*placementId};
    if (auto id = store.packs().create(pack); !id)
        return id.error();
    return {};
}

} // namespace pf
