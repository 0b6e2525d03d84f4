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

# -- the chat UI and the HTTP API (`wsis serve`) ---------------------------------------------
UI_TITLE = "WSIS Assistant"
UI_INTRO = (
    "Ask about the World Summit on the Information Society. Every sentence of an answer cites the "
    "paragraph or clause it comes from: click a marker such as [1] to read the source."
)
UI_PLACEHOLDER = "Ask a question about WSIS, e.g. which paragraph deals with the radio-frequency spectrum"
SOURCES_HEADING = "Sources"
SOURCES_EMPTY = "Sources of an answer appear here, each with its full text and a link to the official document."
SOURCES_NONE = "No sources: the indexed documents do not cover this question."
OFFICIAL_DOCUMENT = "Official document"
EXPORT_LABEL = "Export conversation (.md)"
EXPORT_TITLE = "WSIS Assistant — conversation"
EXPORT_SOURCES = "Sources"
CLEAR_LABEL = "Clear"
FILTER_DOCS_LABEL = "Only these documents"
FILTER_BODIES_LABEL = "Only these bodies"
FEEDBACK_THANKS = "Thank you: your feedback is recorded."
QUESTION_PROBLEM = "Please change the question: {reason}."
RATE_LIMITED = "Too many questions from this client: the limit is {limit} a minute. Try again in {seconds} seconds."
SERVER_ERROR = "Something went wrong on the server while answering; the error is logged. Please try again."
AUTH_REQUIRED = "Authentication required: send HTTP Basic credentials (WSIS_AUTH) or the API token (Authorization: Bearer TOKEN, or X-API-Token)."
AUTH_MESSAGE = "Sign in to the WSIS Assistant."
