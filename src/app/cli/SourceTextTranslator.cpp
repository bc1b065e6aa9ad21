#include "app/cli/SourceTextTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace mm {

SourceTextTranslator::SourceTextTranslator(QObject* parent)
    : QTranslator(parent) {
}

bool SourceTextTranslator::loadTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1StringView("message")) {
                source.clear();
                forms.clear();
                unfinished = false;
            } else if (xml.name() == QLatin1StringView("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1StringView("translation")) {
                unfinished = xml.attributes().value(QLatin1StringView("type")) ==
                             QLatin1StringView("unfinished");
                // Plain messages hold the text (possibly in several character tokens); plural
                // ones hold <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    const auto token = xml.readNext();
                    if (token == QXmlStreamReader::Characters)
                        text += xml.text();
                    else if (token == QXmlStreamReader::StartElement &&
                             xml.name() == QLatin1StringView("numerusform"))
                        forms.append(xml.readElementText());
                    else if (token == QXmlStreamReader::EndElement &&
                             xml.name() == QLatin1StringView("translation"))
                        break;
                }
                if (forms.isEmpty())
                    forms.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1StringView("message")) {
            if (!unfinished && !source.isEmpty() && !forms.isEmpty() && !forms.front().isEmpty() &&
                !m_forms.contains(source))
                m_forms.insert(source, forms);
        }
    }
    return !xml.hasError() && !m_forms.isEmpty();
}

QString SourceTextTranslator::translate(const char*, const char* sourceText, const char*,
                                        int n) const {
    const auto found = m_forms.constFind(QString::fromUtf8(sourceText));
    if (found == m_forms.cend())
        return {};
    const QStringList& forms = *found;
    // Two forms, singular and plural, as German and English count.
    const qsizetype index = forms.size() > 1 && n != 1 && n != -1 ? 1 : 0;
    return forms.at(std::min(index, forms.size() - 1));
}

} // namespace mm
