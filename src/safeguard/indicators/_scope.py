"""Negation and hypothetical scope: which spans a cue covers, in one forward sweep.

A negation cue ("no", "denies", "nil concerns re") covers the characters after it, up to its
window, within its clause (a sentence, until "..., he" starts another), until a breaker
("but", "because"). A post-negation cue ("gifts were denied", "older males: none") covers a
window before it. A negated span carries the negation over a list joined by "or"/"nor" or by
commas alone ("no gifts, payment, or older males"). Advice and hypothetical cues ("advised
about the risks of", "if she were to") cover their window within the sentence, until a breaker
that also ends them ("but", "said"). Model 9: a question ("asked if", "asked whether") whose
answer, read just after it, is yes ("she said 'yeah'", "- yes", "nodded", "confirmed") does not
make what it asks hypothetical (nor does a condition inside it, "asked if she'd"); answered no
("said no", "denied"), what it asks is denied; not answered, it stays hypothetical.

:meth:`Scope.flag` is called for spans in text order while the scope walks its cues forward
once. Each cue's reach (its window, the next breaker, the end of its sentence or clause) is
worked out once, when the sweep passes it; a span then only compares its offset with the
reach of the few cues still open, and looks at the post-negation cues just after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from safeguard.indicators._lexicon import Entry, lexicon
from safeguard.indicators._normalise import Normalised

Match = tuple[int, int, Entry]  # start and end (exclusive) in the padded text, and the entry
Open = tuple[int, int, bool]  # an open cue: last padded offset reached, boundary, hypothetical
#: How far a list under negation carries the negation to its next member.
_LIST_GAP = 25
_LIST_WORDS = frozenset({"or", "nor"})
#: A word of the normalised text (letters, digits and "£").
_WORDS = re.compile(r"\S+")
#: Model 9: "not" or "no" followed by these words denies only that someone is family ("her
#: 'uncle' (not related, 35) takes her to his mates"): what follows is not negated.
NOT_FAMILY_CUES = frozenset({"not", "no"})
NOT_FAMILY = (["related"], ["relation"], ["a", "relative"], ["actually", "related"])
#: Model 9: how far after a question (characters) its answer is read.
ANSWER_WINDOW = 120
#: Words that answer a question yes, words that answer it no (what it asks is then denied,
#: not only hypothetical), and words that leave it unanswered; the first one read decides
#: ("t" is the end of a normalised "didn't").
YES = frozenset(
    {"yes", "yeah", "yep", "yup", "yh", "yea", "ya", "aye", "obvs", "obviously", "nodded", "nods"}
    | {"confirmed", "confirms", "confirm", "admitted", "admits", "agreed", "agrees"}
)
NO = frozenset({"no", "nah", "nope", "never", "denied", "denies", "deny", "shook", "nothing"})
UNANSWERED = frozenset({"declined", "refused", "refuses", "unsure"})
#: Model 11: a negation as the answer ("she was clear that it hasn't", "he said he didn't")
#: is no, unless it is about answering ("didn't answer", "did not want to say", "not sure").
NEGATIONS = frozenset({"not", "t", "didnt", "doesnt", "hasnt", "hadnt", "wasnt", "isnt"})
NOT_ANSWERING = frozenset(
    {"answer", "respond", "reply", "say", "want", "wish", "know", "engage", "sure", "clear"}
    | {"remember", "recall", "disclose", "discuss", "talk", "comment", "elaborate", "tell"}
)


class Scope:
    """The cue matches of one narrative, swept forward as spans are flagged in text order."""

    __slots__ = (
        "_breaks",
        "_cues",
        "_last_negated",
        "_next",
        "_norm",
        "_open",
        "_post",
        "_post_starts",
        "_pre",
    )

    def __init__(self, norm: Normalised, cues: list[Match]) -> None:
        self._norm = norm
        # The automaton reports matches in order of their end, which is the sweep's order.
        self._pre = [c for c in cues if c[2].kind == "neg" or c[2].kind == "hyp"]
        self._post = sorted((c for c in cues if c[2].kind == "post"), key=lambda c: c[0])
        self._post_starts = [c[0] for c in self._post]
        self._breaks = sorted((c[0], c[1], c[2].flag == "hyp") for c in cues if c[2].kind == "brk")
        self._cues = cues  # read again only for an offer's condition (:meth:`_accepted_after`)
        self._next = 0
        self._open: list[Open] = []
        self._last_negated = -1

    def _broken(self, lo: int, hi: int, hypothetical: bool) -> bool:
        """Whether a breaker for this kind of cue lies wholly between ``lo`` and ``hi``."""
        i = bisect_left(self._breaks, (lo, -1, False))
        while i < len(self._breaks) and self._breaks[i][0] < hi:
            _, end, ends_hyp = self._breaks[i]
            if end <= hi and (ends_hyp or not hypothetical):
                return True
            i += 1
        return False

    def _covered(self, lo: int, hi: int, hypothetical: bool) -> bool:
        if self._broken(lo, hi, hypothetical):
            return False
        norm = self._norm
        return norm.same_sentence(lo, hi) if hypothetical else norm.same_clause(lo, hi)

    def _open_cue(self, cue: Match) -> Open:
        """A cue's scope, worked out once: the last padded offset it reaches (its window, or
        the breaker after it) and the original offset of the first sentence or clause end."""
        _, c_end, entry = cue
        hypothetical = entry.kind == "hyp"
        if entry.flag == "offer" and (self._accepted_after(c_end) or self._answered(c_end)[0]):
            return c_end - 1, -1, True  # "if she'd ..., and she did": what followed happened
        if entry.term in NOT_FAMILY_CUES and self._not_family(c_end):
            return c_end - 1, -1, False  # "(not related, 35) takes her": only family denied
        answer, said_at = self._answered(c_end) if entry.flag == "question" else (None, 0)
        if answer is True:
            return c_end - 1, -1, hypothetical  # "asked if ..., she said 'yeah'": it did
        limit = c_end + entry.window
        if answer is False:
            hypothetical = False  # "asked if ..., she said no": denied, not only asked
            limit = max(limit, said_at)  # model 10: all that was asked, up to the answer
        i = bisect_left(self._breaks, (c_end, -1, False))
        while i < len(self._breaks) and self._breaks[i][0] <= limit:
            _, b_end, ends_hyp = self._breaks[i]
            if ends_hyp or not hypothetical:
                limit = min(limit, b_end - 1)  # a span from the breaker's end on is out
                break
            i += 1
        boundary = self._norm.boundary_after(c_end, limit, clause=not hypothetical)
        return limit, boundary, hypothetical

    def _accepted_after(self, c_end: int) -> bool:
        """Whether an acceptance ("and she did", "which she did") follows an offer's condition
        within the acceptance's window, not itself negated ("she did not")."""
        padded = self._norm.padded
        for start, _, entry in self._cues:
            if entry.kind == "acc" and 0 <= start - c_end <= entry.window:
                after = padded[start:].split(None, 4)
                if not {"not", "n", "never"} & set(after[2:4]):
                    return True
        return False

    def _not_family(self, c_end: int) -> bool:
        """Whether "not" or "no" denies only being family ("not related", "no relation", "not
        a relative"): what follows it is not negated."""
        words = self._norm.padded[c_end : c_end + 20].split()
        return any(words[: len(w)] == w for w in NOT_FAMILY)

    def _answered(self, c_end: int) -> tuple[bool | None, int]:
        """How a question is answered, True (yes), False (no) or None (not answered), and the
        padded offset of the answer word: from the first answer word read in the
        :data:`ANSWER_WINDOW` after it, unless a family member is named first (their words
        answer something else)."""
        others = lexicon().family
        found = list(_WORDS.finditer(self._norm.padded, c_end, c_end + ANSWER_WINDOW))
        words = [m.group() for m in found]
        for i, word in enumerate(words):
            at = found[i].start()
            if word in others:
                return None, at  # another speaker ("mum confirmed ..."): not the child's answer
            if word in YES:
                return True, at
            if word in NO:
                return False, at
            if word in UNANSWERED:
                return None, at
            if word in NEGATIONS:  # "it hasn't": no; "didn't answer", "not sure": unanswered
                return (None if NOT_ANSWERING.intersection(words[i + 1 : i + 3]) else False), at
        return None, c_end

    def _before(self, start: int, original_start: int) -> tuple[bool, bool]:
        """Open the cues that end before ``start``, close those out of reach, test the rest."""
        pre, i, opened = self._pre, self._next, self._open
        while i < len(pre) and pre[i][1] <= start:
            if start - pre[i][1] <= pre[i][2].window:  # later spans are further away still
                opened.append(self._open_cue(pre[i]))
            i += 1
        self._next = i
        if not opened:
            return False, False
        if any(start > limit for limit, _, _ in opened):
            opened = self._open = [c for c in opened if start <= c[0]]
        negated = hypothetical = False
        for _, boundary, is_hyp in opened:
            if original_start <= boundary:
                if is_hyp:
                    hypothetical = True
                else:
                    negated = True
        return negated, hypothetical

    def _after(self, end: int) -> bool:
        post = self._post
        if not post:
            return False
        i = bisect_left(self._post_starts, end)
        while i < len(post) and post[i][0] - end <= post[i][2].window:
            if self._covered(end, post[i][0], False):
                return True
            i += 1
        return False

    def _listed(self, start: int) -> bool:
        last = self._last_negated
        if start < last:
            return True  # inside a negated span: the same words
        if last < 0 or start - last > _LIST_GAP:
            return False
        gap = self._norm.padded[last:start].split()
        return (not gap or bool(_LIST_WORDS.intersection(gap))) and self._covered(
            last, start, False
        )

    def flag(self, start: int, end: int, original_start: int) -> tuple[bool, bool]:
        """Whether the span ``[start, end)`` is negated, and whether it is hypothetical.

        ``original_start`` is where the span starts in the original text. Call in order of
        ``start``: the sweep moves forward, and a negated span carries negation over a list.
        """
        if self._next < len(self._pre) or self._open:
            negated, hypothetical = self._before(start, original_start)
        else:
            negated = hypothetical = False
        if not negated and (self._post or self._last_negated >= 0):
            negated = self._after(end) or self._listed(start)
        if negated and end > self._last_negated:
            self._last_negated = end
        return negated, hypothetical
