#include <QDir>
#include <QFile>
#include <QHash>
#include <QKeySequence>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The German translation: the shipped binary speaks German when the preferences say so, and the
// .ts file stays complete and consistent with its sources (placeholders, plurals, mnemonics,
// shortcuts), which guards every later edit of either side.
namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

struct Message {
    QString context;
    QString source;
    QStringList forms; // one translation, or one per numerus form
    bool numerus = false;
    bool unfinished = false;
    int line = 0;
};

QString tsPath() {
    return QStringLiteral(MM_TEST_DATA_DIR "/../../translations/modelmarket_de.ts");
}

QString sourceRoot() {
    return QDir::cleanPath(QStringLiteral(MM_TEST_DATA_DIR "/../.."));
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// Accelerator ampersands, not counting a literal "&&".
int mnemonics(QString text) {
    text.remove(QStringLiteral("&&"));
    return int(text.count(u'&'));
}

QString describe(const Message& message) {
    return QStringLiteral("%1 (line %2): \"%3\"")
        .arg(message.context)
        .arg(message.line)
        .arg(message.source.left(80));
}

} // namespace

class TestGerman : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config; // XDG_CONFIG_HOME of the child: ModelMarket/modelmarket.conf
    QTemporaryDir m_work;   // working directory and databases
    QList<Message> m_messages;

    // Runs the built binary with the German preference, offscreen and without the user's settings.
    Run runGerman(const QStringList& arguments) {
        QProcess process;
        process.setWorkingDirectory(m_work.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MM_APP_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The name (first column) of the first exported row whose column `column` is one of `values`.
    QString firstCsvValue(const QString& db, const QString& table, int column,
                          const QStringList& values) {
        const Run exported =
            runGerman({QStringLiteral("--db"), db, QStringLiteral("export"), table});
        if (exported.exitCode != 0)
            return {};
        const QStringList lines = exported.out.split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u',');
            if (fields.size() > column && values.contains(fields.at(column)) &&
                !fields.at(0).contains(u'"'))
                return fields.at(0);
        }
        return {};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_config.isValid());
        QVERIFY(m_work.isValid());
        const QString settingsDir = m_config.filePath(QStringLiteral("ModelMarket"));
        QVERIFY(QDir().mkpath(settingsDir));
        QFile settings(settingsDir + QStringLiteral("/modelmarket.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Text));
        settings.write("[preferences]\nlanguage=de\n");
        settings.close();

        QFile ts(tsPath());
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString context;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                message.line = int(xml.lineNumber());
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == u"unfinished";
                if (type == u"vanished" || type == u"obsolete")
                    continue;
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform")
                            message.forms << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    message.forms << xml.readElementText();
                }
                m_messages << message;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(m_messages.size() > 1000, "the .ts file looks empty; run update_translations");
    }

    // --- the .ts file

    void everyMessageIsTranslated() {
        QStringList problems;
        for (const Message& message : std::as_const(m_messages)) {
            if (message.unfinished)
                problems << QStringLiteral("unfinished: ") + describe(message);
            for (const QString& form : message.forms) {
                if (form.isEmpty())
                    problems << QStringLiteral("empty: ") + describe(message);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void pluralsHaveBothGermanForms() {
        QStringList problems;
        int numerus = 0;
        for (const Message& message : std::as_const(m_messages)) {
            if (!message.numerus)
                continue;
            ++numerus;
            if (message.forms.size() != 2)
                problems << QStringLiteral("%1 forms: ").arg(message.forms.size()) +
                                describe(message);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(numerus > 0);
    }

    void placeholdersMatchTheSource() {
        QStringList problems;
        for (const Message& message : std::as_const(m_messages)) {
            const QSet<QString> expected = placeholders(message.source);
            for (const QString& form : message.forms) {
                if (placeholders(form) != expected)
                    problems << QStringLiteral("placeholders differ: ") + describe(message) +
                                    QStringLiteral(" → \"%1\"").arg(form.left(80));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mnemonicsAndLineBreaksAreKept() {
        QStringList problems;
        for (const Message& message : std::as_const(m_messages)) {
            for (const QString& form : message.forms) {
                if (mnemonics(form) != mnemonics(message.source))
                    problems << QStringLiteral("accelerator: ") + describe(message);
                if (form.endsWith(u'\n') != message.source.endsWith(u'\n'))
                    problems << QStringLiteral("trailing line break: ") + describe(message);
                if (form.startsWith(u' ') != message.source.startsWith(u' '))
                    problems << QStringLiteral("leading space: ") + describe(message);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // QKeySequence(tr("Ctrl+D")) must still parse to the same keys.
    void shortcutsStayValidKeySequences() {
        static const QRegularExpression shortcut(
            QStringLiteral("^(Ctrl|Shift|Alt|Meta)\\+\\S+$|^F[0-9]{1,2}$"));
        QStringList problems;
        int checked = 0;
        for (const Message& message : std::as_const(m_messages)) {
            if (!shortcut.match(message.source).hasMatch() || message.source.contains(u'%'))
                continue;
            ++checked;
            const QKeySequence expected(message.source, QKeySequence::PortableText);
            const QKeySequence translated(message.forms.value(0), QKeySequence::PortableText);
            if (expected.isEmpty() || translated != expected)
                problems << QStringLiteral("shortcut: ") + describe(message) +
                                QStringLiteral(" → \"%1\"").arg(message.forms.value(0));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(checked > 5);
    }

    // lupdate, run on today's sources against a copy of the .ts, finds nothing to add, drop or
    // complain about: every tr() string sits in a context the code really asks for, and the
    // .ts is up to date (run `cmake --build build --target update_translations` if not).
    void lupdatePlacesEveryString() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("modelmarket_de.ts"));
        QVERIFY(QFile::copy(tsPath(), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MM_LUPDATE_BINARY),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       sourceRoot() + QStringLiteral("/src"),
                       sourceRoot() + QStringLiteral("/forms"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        const QString output = QString::fromUtf8(lupdate.readAll());

        QStringList problems;
        // Warnings name a source line: "…/Foo.cpp:12: Class 'mm::Foo' lacks Q_OBJECT macro".
        static const QRegularExpression warning(QStringLiteral("\\.(cpp|h|ui):\\d+: "));
        static const QRegularExpression found(QStringLiteral("\\((\\d+) new and"));
        for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
            if (warning.match(line).hasMatch())
                problems << line.trimmed();
            const auto match = found.match(line);
            if (match.hasMatch() && match.captured(1) != QStringLiteral("0"))
                problems << QStringLiteral("strings missing from the .ts: ") + line.trimmed();
        }
        QFile updated(copy);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        const QByteArray ts = updated.readAll();
        if (ts.contains("type=\"unfinished\""))
            problems << QStringLiteral("unfinished entries after lupdate");
        if (ts.contains("type=\"vanished\"") || ts.contains("type=\"obsolete\""))
            problems << QStringLiteral("entries whose source string is gone (vanished)");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + output));
    }

    void keyContextsArePresent() {
        QSet<QString> contexts;
        for (const Message& message : std::as_const(m_messages))
            contexts.insert(message.context);
        for (const char* expected : {"mm::Enum", "mm::cli", "mm::MainWindow", "mm::CatalogArea",
                                     "mm::TrainingJobDialog", "mm::Money", "mm::LicensePolicy"})
            QVERIFY2(contexts.contains(QLatin1String(expected)), expected);
    }

    // --- the built binary

    void helpIsGerman() {
        const Run run = runGerman({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Unterbefehle")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Exit-Codes")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("Subcommands")), qPrintable(run.out));
        // Subcommand and option names are the interface and stay English.
        QVERIFY(
            run.out.contains(QStringLiteral("report revenue --by tier|month|model|buyer-type")));
    }

    void unknownSubcommandIsGerman() {
        const Run run = runGerman({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unbekannter Unterbefehl")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("'frobnicate'")), qPrintable(run.err));
    }

    // Strings of the data layer, shown by the command line: the import report and its lines.
    void importProblemsAreGerman() {
        const QString db = m_work.filePath(QStringLiteral("contexts.sqlite"));
        QCOMPARE(runGerman({QStringLiteral("--db"), db, QStringLiteral("init"),
                            QStringLiteral("--empty")})
                     .exitCode,
                 0);
        QFile csv(m_work.filePath(QStringLiteral("bad.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,architecture\r\nX,quantum\r\n");
        csv.close();
        const Run run = runGerman({QStringLiteral("--db"), db, QStringLiteral("import"),
                                   QStringLiteral("catalog"), csv.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Fehler:")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Zeile 1")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("error:")), qPrintable(run.err));
    }

    // A file from a newer ModelMarket is refused, in German, and left untouched.
    void newerFileRefusalIsGerman() {
        const QString db = m_work.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase connection =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            connection.setDatabaseName(db);
            QVERIFY(connection.open());
            QVERIFY(QSqlQuery(connection).exec(QStringLiteral("PRAGMA user_version = 999")));
            connection.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const Run run = runGerman({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Schema-Version 999")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("neueren ModelMarket")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("newer")) &&
                     !run.err.contains(QStringLiteral("opening")),
                 qPrintable(run.err));
    }

    void refusedSaleIsGerman() {
        const QString db = m_work.filePath(QStringLiteral("german.sqlite"));
        const Run init = runGerman({QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("angelegt")), qPrintable(init.out));

        // Any trained model of the demo economy, offered in the Academic tier, and any
        // commercial company: Academic licenses are not sold to commercial companies.
        const QString model =
            firstCsvValue(db, QStringLiteral("catalog"), 5,
                          {QStringLiteral("completed"), QStringLiteral("listed")});
        const QString buyer =
            firstCsvValue(db, QStringLiteral("buyers"), 1, {QStringLiteral("commercial")});
        QVERIFY(!model.isEmpty() && !buyer.isEmpty());
        const Run listed = runGerman({QStringLiteral("--db"), db, QStringLiteral("list"),
                                      QStringLiteral("--model"), model, QStringLiteral("--tiers"),
                                      QStringLiteral("academic")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));

        const Run sale = runGerman({QStringLiteral("--db"), db, QStringLiteral("sell"),
                                    QStringLiteral("--model"), model, QStringLiteral("--buyer"),
                                    buyer, QStringLiteral("--tier"), QStringLiteral("academic")});
        QCOMPARE(sale.exitCode, 1);
        QVERIFY2(sale.err.contains(QStringLiteral("abgelehnt (buyer-type)")), qPrintable(sale.err));
        QVERIFY2(sale.err.contains(QStringLiteral("Lizenzen der Stufe Akademisch")),
                 qPrintable(sale.err));

        const Run unknown = runGerman({QStringLiteral("--db"), db, QStringLiteral("sell"),
                                       QStringLiteral("--model"), QStringLiteral("Nope"),
                                       QStringLiteral("--buyer"), QStringLiteral("Nobody"),
                                       QStringLiteral("--tier"), QStringLiteral("academic")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("es gibt kein Modell namens 'Nope'")),
                 qPrintable(unknown.err));
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
