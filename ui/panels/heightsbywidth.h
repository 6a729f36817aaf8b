#pragma once
// The heights a word-wrapped text was found to need at the last few widths
// asked, newest first: layouts ask the same few widths again and again, and
// each answer costs a wrap of the whole text (WrapLabel, FigureLabel).

#include <algorithm>
#include <array>
#include <optional>

namespace tranche {

class HeightsByWidth
{
public:
    std::optional<int> find(int width) const
    {
        for (const Answer &a : m_answers) {
            if (a.width == width)
                return a.height;
        }
        return std::nullopt;
    }

    void remember(int width, int height)
    {
        std::move_backward(m_answers.begin(), m_answers.end() - 1, m_answers.end());
        m_answers.front() = {width, height};
    }

    void clear() { m_answers.fill(Answer{}); }

private:
    struct Answer
    {
        int width = -1;
        int height = 0;
    };
    std::array<Answer, 4> m_answers;
};

} // namespace tranche
