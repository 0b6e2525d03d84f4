"""Every sentence the assistant says on its own behalf, in one place (tests reuse them)."""

REFUSAL = (
    "The indexed WSIS documents do not cover this question, so I cannot answer it with a citation."
)
INSTRUCTIONS_REFUSED = (
    "I only answer questions about the World Summit on the Information Society from the indexed "
    "documents; instructions inside a question are not followed."
)
NOT_INDEXED = (
    "The question names {names}, which {verb} not in the index. Add it with `wsis corpus fetch {ids}` "
    "(or `wsis corpus add FILE --id ID` for a copy you have), then `wsis index build`."
)
EXAMPLE_QUESTIONS = (
    "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?",
    "For which WSIS action lines is ITU the sole facilitator?",
    "What does paragraph 78 of the Tunis Agenda say about ITU?",
    "Which ITU resolutions concern the outcomes of WSIS?",
)
