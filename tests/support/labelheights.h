#pragma once
// The height Qt's own word-wrapped plain-text QLabel takes for a text at a
// width: what Tranche's cheaper labels (WrapLabel, FigureLabel) must answer.

#include <QLabel>
#include <QTest>

#include <utility>

namespace labelheights {

inline int qlabelHeight(const QString &text, const QFont &font, const QMargins &margins, int indent,
                        int width)
{
    QLabel plain;
    plain.setWordWrap(true);
    plain.setTextFormat(Qt::PlainText);
    plain.setFont(font);
    plain.setContentsMargins(margins);
    plain.setIndent(indent);
    plain.setText(text);
    return plain.heightForWidth(width);
}

// The rows of a data table with columns "text" and "width": every text at
// every width.
inline void addTextsAtWidths(std::initializer_list<std::pair<const char *, QString>> texts,
                             std::initializer_list<int> widths)
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    for (const auto &[name, text] : texts) {
        for (int width : widths)
            QTest::addRow("%s at %d", name, width) << text << width;
    }
}

} // namespace labelheights
