#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace mm {

// Finds a translation by its source text alone, whatever context the code asked under.
//
// lupdate files each tr() string under the class or namespace it appears in, while several
// files route their strings through one helper with a fixed context; those lookups miss in the
// .qm. Installed before the .qm translator, this one is asked only when the .qm has no answer,
// and reads the same .ts that lrelease compiled, embedded as a resource.
class SourceTextTranslator : public QTranslator {
    Q_OBJECT
public:
    explicit SourceTextTranslator(QObject* parent = nullptr);

    // Loads translations/<file>.ts content; false when it cannot be read.
    bool loadTs(const QString& path);
    bool isEmpty() const override { return m_forms.isEmpty(); }
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;

private:
    QHash<QString, QStringList> m_forms; // source text → translation, or its plural forms
};

} // namespace mm
