// Generated from vocab/*/*.yaml by scripts/gen-vocab.mjs (npm run gen). Do not edit by hand.
import type { VocabularyData } from './types.js';

export const VOCABULARY_DATA: VocabularyData = {
  "en": {
    "cues": {
      "bias-risk": {
        "about": "fairness-threshold — a bias against people named outright, a concern that needs a threshold",
        "phrases": [
          "biased against",
          "bias against",
          "discriminat* against",
          "unfair to",
          "treat* ... unfairly",
          "unfairly penali*",
          "unfairly reject*",
          "penali* ... women",
          "penali* ... older",
          "biased toward* ... men",
          "biased toward* ... women",
          "biased toward* ... male",
          "biased toward* ... female",
          "biased toward* ... younger",
          "biased toward* ... older",
          "disadvantage* ... minority",
          "disadvantage* ... minorities",
          "fairness metrics across",
          "fairness across",
          "fairness between"
        ],
        "match": [
          "The model may be biased against older applicants.",
          "Scores could be unfair to younger borrowers.",
          "It might treat non-native speakers unfairly.",
          "Historic labels may penalise older candidates.",
          "Past hiring data is biased towards male engineers.",
          "Track fairness metrics across patient groups."
        ],
        "nearMiss": [
          "The sample is biased toward recent weeks.",
          "We add a bias term to the final layer.",
          "A biased estimator of the variance is fine here.",
          "Offline metrics may be biased by position effects.",
          "Forecast bias monitoring alerts on drift in mean error."
        ]
      },
      "cross-validation": {
        "about": "split-leakage — a cross-validation split, which mixes periods unless it is ordered in time",
        "phrases": [
          "cross-validation",
          "cross-validate*",
          "cross-validated",
          "k-fold",
          "#-fold cv",
          "#-fold cross-validation",
          "#-fold validation",
          "shuffled cv",
          "kfold",
          "stratifiedkfold",
          "stratified k-fold",
          "shufflesplit"
        ],
        "match": [
          "We tune the model with 5-fold cross-validation.",
          "Hyper-parameters are chosen by k-fold CV.",
          "Shuffled CV on the click logs gives an AUC of 0.81.",
          "sklearn StratifiedKFold with 10 splits"
        ],
        "nearMiss": [
          "The launch brought a 5-fold increase in traffic.",
          "Results are folded into the weekly report.",
          "A cross-team validation review signs off the launch."
        ]
      },
      "time-aware-validation": {
        "about": "split-leakage — cross-validation that respects time, so no leakage",
        "phrases": [
          "time-series cross-validation",
          "time-series cv",
          "time-series split",
          "timeseriessplit",
          "blocked cross-validation",
          "blocked k-fold",
          "purged",
          "rolling-origin",
          "expanding-window",
          "walk-forward",
          "sliding-window validation",
          "forward-chaining",
          "grouped by week",
          "grouped by month",
          "grouped by day"
        ],
        "match": [
          "We use TimeSeriesSplit with five folds.",
          "Blocked cross-validation by month keeps the periods apart.",
          "Purged k-fold with a one-week embargo"
        ],
        "nearMiss": [
          "We use 5-fold cross-validation on shuffled rows.",
          "The time-series database keeps 30 days."
        ]
      },
      "response-budget": {
        "about": "latency-serving-mismatch — a request's response time stated as a bound, without the word \"latency\"",
        "phrases": [
          "respond* within",
          "respond* in under",
          "respond* in less than",
          "return* results within",
          "return* ... within",
          "answer* within",
          "answer* in under",
          "answer* in less than",
          "repl* within",
          "response* within",
          "served within",
          "response time",
          "responds in",
          "must respond in"
        ],
        "match": [
          "The API responds within 500 ms.",
          "The endpoint returns a decision within 300 ms.",
          "Each response within 0.5 s"
        ],
        "nearMiss": [
          "Responders on call acknowledge pages.",
          "The API returns the top ten items."
        ]
      },
      "vague-speed": {
        "about": "latency-unquantified — a vague speed word in a requirement (the rule checks for a number beside it)",
        "phrases": [
          "be fast",
          "be ... fast",
          "must be quick",
          "should be quick",
          "be ... quick",
          "fast response*",
          "quick response*",
          "fast answer*",
          "quick answer*",
          "near-instant*",
          "near-instantaneous*",
          "instantly",
          "instantaneously",
          "responsive",
          "snappy",
          "retrieve ... quickly",
          "retrieves ... quickly",
          "retrieving ... quickly",
          "retrieved ... quickly",
          "quickly retrieve",
          "quickly retrieves"
        ],
        "match": [
          "The API must be fast.",
          "Responses should be quick.",
          "Search results appear near-instantly.",
          "The UI must stay responsive.",
          "Scoring must be reasonably fast.",
          "New clicks should reach the ranking instantaneously.",
          "The bot should find the manual and retrieve the answer quickly."
        ],
        "nearMiss": [
          "We sell fast-moving consumer goods.",
          "The service is built on FastAPI.",
          "A fast path of the code skips the cache.",
          "Breakfast orders peak at 8 am.",
          "The instantaneous power reading is logged.",
          "Retrieval quality drops quickly after a week."
        ]
      },
      "time-ordered-data": {
        "about": "split-leakage — data named as ordered in time, beside a cross-validation split",
        "phrases": [
          "timestamped",
          "time-stamped",
          "timestamps",
          "transactions",
          "transaction history",
          "events",
          "event logs",
          "event stream",
          "logs",
          "clicks",
          "clickstream",
          "sessions",
          "time-series",
          "daily sales",
          "purchase history",
          "sensor readings",
          "telemetry"
        ],
        "match": [
          "We train on two years of timestamped transactions.",
          "Shuffled k-fold on the event logs",
          "Daily sales per store since 2021"
        ],
        "nearMiss": [
          "Stratified by class balance of the event flag.",
          "A transaction fee is charged once.",
          "Logistic regression is the baseline."
        ]
      },
      "risk-caption": {
        "about": "risk-table — a short label line right above a table that names it a table of risks",
        "phrases": [
          "risks",
          "risk register",
          "risk matrix",
          "risk log"
        ],
        "match": [
          "Stage risks:",
          "Pilot risks",
          "Risk register"
        ],
        "nearMiss": [
          "Risky launches",
          "Stage results:"
        ]
      },
      "model-duration": {
        "about": "latency-serving-mismatch — how long a model works on one request, said without \"takes\" or \"latency\"",
        "phrases": [
          "generate* ... in #",
          "generate* ... in ~#",
          "generate* ... in about",
          "answer* in #",
          "answer* in ~#",
          "answer* in about",
          "complete* in #",
          "complete* in about",
          "finish* in #",
          "process* ... in #",
          "process* ... in ~#",
          "process* ... in about",
          "respond* in #",
          "respond* in about",
          "per document",
          "per image",
          "per message",
          "per ticket",
          "per sample",
          "per answer"
        ],
        "match": [
          "The LLM generates an answer in about 3 seconds.",
          "The classifier processes a ticket in 1.2 s.",
          "Inference time is 2 s per document."
        ],
        "nearMiss": [
          "The LLM writes answers in English.",
          "Generation quality is reviewed weekly."
        ]
      },
      "stated-choice": {
        "about": "required-section — a choice among options stated in the doc's own words; two of them weigh the trade-offs inline (trade-off analysis)",
        "phrases": [
          "we chose",
          "we choose",
          "we pick*",
          "we opt* for",
          "we go with",
          "we went with",
          "we decided",
          "was chosen",
          "were chosen",
          "is chosen",
          "are chosen",
          "decision was made",
          "decided to",
          "opted for",
          "choose this",
          "chosen over",
          "preferred over",
          "in favour of",
          "in favor of",
          "we propose using",
          "we propose to use",
          "we should opt for",
          "we will opt for",
          "we recommend using",
          "advisable to use",
          "preferred option is",
          "is the preferred option"
        ],
        "match": [
          "We propose using a retrieval step before generation as the baseline.",
          "It is advisable to use a distilled encoder for the tone model.",
          "We should opt for pre-trained embeddings.",
          "We chose gradient boosting over a neural network because the features are tabular.",
          "FAISS was chosen for its speed on dense vectors.",
          "Two options: one model per task, or a multi-task network (choose this).",
          "We decided to keep the rules engine as a fallback."
        ],
        "nearMiss": [
          "The user chooses a category in the app.",
          "Customers pick up their orders at the store.",
          "The chosen threshold is reported in the dashboard.",
          "We select the top 100 candidates for ranking.",
          "Users may opt for e-mail alerts.",
          "We propose a new metric in section 4."
        ]
      },
      "weighed-option": {
        "about": "required-section — an option weighed against the one chosen (with stated-choice, one choice and its alternative are a trade-off analysis)",
        "phrases": [
          "alternatively",
          "another option",
          "the other option",
          "one option is",
          "this option",
          "a simpler option",
          "a cheaper option",
          "a faster option",
          "both options",
          "both good options",
          "the alternative is",
          "an alternative is",
          "albeit",
          "at the expense of",
          "at the cost of",
          "trade-off between",
          "tradeoff between"
        ],
        "match": [
          "Alternatively, we could keep the rules engine.",
          "A cheaper option, albeit less accurate, is a linear model.",
          "GBDT and a neural net are both good options.",
          "This buys recall at the expense of more reviews."
        ],
        "nearMiss": [
          "The options page lets users mute alerts.",
          "Alternative text is required for every image.",
          "The cost of a missed fraud is about $500."
        ]
      },
      "deferred-elsewhere": {
        "about": "required-section — a topic the doc says it leaves to another document or effort (out of scope here, not missing)",
        "phrases": [
          "out of scope",
          "outside the scope",
          "outside of the scope",
          "not in scope",
          "beyond the scope",
          "non-goal*",
          "separate adr",
          "its own adr",
          "own adr",
          "a separate design doc*",
          "its own design doc*",
          "a separate doc*",
          "a follow-up doc*",
          "a later adr",
          "separate effort",
          "separate decision",
          "documented separately",
          "covered separately",
          "covered in a separate",
          "addressed in a separate",
          "handled in a separate",
          "will be covered in",
          "is not covered here",
          "not covered by this"
        ],
        "match": [
          "Migrating the old index is out of scope for this design.",
          "The cut-over will be documented in its own ADR.",
          "Serving is covered in a separate design doc.",
          "This is scoped as a separate effort."
        ],
        "nearMiss": [
          "The scope of the pilot is two regions.",
          "Each team owns a separate index.",
          "We document the API in the README."
        ]
      },
      "rollout-plan-topic": {
        "about": "required-section — words that name the rollout plan as a topic, so that a rollout left to another document or effort (\"a separate effort with its own ADR and phased rollout\") is not a missing section",
        "phrases": [
          "rollout",
          "roll-out",
          "rolling out",
          "roll out",
          "launch plan",
          "release plan",
          "deployment plan",
          "go-live"
        ],
        "match": [
          "The rollout will be covered in a separate doc.",
          "Rolling out to the other regions is a separate effort."
        ],
        "nearMiss": [
          "Migrating the old index is out of scope for this design.",
          "The launch date is out of scope."
        ]
      },
      "infrastructure-architecture-topic": {
        "about": "required-section — words that name the serving infrastructure as a topic, so that deferring it elsewhere is not a missing section",
        "phrases": [
          "serving layer",
          "serving infrastructure",
          "serving stack",
          "model serving",
          "deployment infrastructure",
          "how models are deployed",
          "how models are served",
          "how the model is served",
          "how the model is deployed"
        ],
        "match": [
          "Model serving is covered in a separate design doc.",
          "How models are served is out of scope here."
        ],
        "nearMiss": [
          "The rollout will be covered in a separate doc.",
          "Building new infrastructure is out of scope."
        ]
      },
      "rollout-stage": {
        "about": "required-section — one stage of taking a system live (shadow, canary, A/B, blue/green, a share of traffic, the production launch); two different stages stated in one section are a rollout plan, whatever its heading",
        "phrases": [
          "shadow mode",
          "shadow deployment",
          "shadow testing",
          "shadow traffic",
          "shadow launch",
          "canary release",
          "canary deployment",
          "canary rollout",
          "canary stage",
          "blue/green",
          "blue-green",
          "a/b test",
          "a/b tests",
          "a/b testing",
          "#% of traffic",
          "#% traffic",
          "gradual rollout",
          "phased rollout",
          "staged rollout",
          "gradual ramp",
          "ramp up to",
          "switch traffic",
          "switch over traffic",
          "cut over traffic",
          "promote to production",
          "production launch",
          "production deployment",
          "deploy to production",
          "full rollout",
          "general availability",
          "dark launch",
          "silent mode",
          "silent launch",
          "internal launch",
          "internal rollout",
          "internal release",
          "internal beta",
          "closed beta",
          "open beta",
          "dogfood*"
        ],
        "match": [
          "Week 7: deploy to staging and run in shadow mode.",
          "A/B test on 10% of traffic for two weeks.",
          "Blue/green deployment, then switch traffic once the error rate is flat.",
          "Production launch after sign-off."
        ],
        "nearMiss": [
          "Shadows in the satellite images are masked.",
          "The canary islands are a separate market.",
          "Traffic grew 10% last year.",
          "The production database keeps 30 days."
        ]
      }
    },
    "kinds": {
      "template-title": {
        "words": [
          "template",
          "boilerplate",
          "skeleton"
        ],
        "match": [
          "ML System Design Doc Template",
          "Design doc skeleton"
        ],
        "nearMiss": [
          "Templated email generation with LLMs",
          "Skeletal pose estimation service"
        ]
      },
      "prompt-verbs": {
        "words": [
          "describe",
          "explain",
          "list",
          "specify",
          "outline",
          "define",
          "provide",
          "state",
          "identify",
          "summarize",
          "summarise",
          "enumerate",
          "justify",
          "document",
          "indicate"
        ],
        "match": [
          "Describe the business problem and who has it.",
          "List the data sources you will use."
        ],
        "nearMiss": [
          "Described below is the serving path.",
          "Listing pages are ranked by the model.",
          "Provide Relevant Answers: the bot answers from the manuals."
        ]
      },
      "second-person": {
        "words": [
          "you",
          "your",
          "yours",
          "yourself",
          "you'll",
          "you're",
          "you've",
          "you’ll",
          "you’re"
        ],
        "match": [
          "Before you start, make sure your data is labelled."
        ],
        "nearMiss": [
          "We label the data before training; youth accounts are excluded."
        ]
      },
      "first-person": {
        "words": [
          "we",
          "our",
          "ours",
          "we'll",
          "we're",
          "we've",
          "we’ll",
          "we’re"
        ],
        "match": [
          "We will retrain weekly on our labelled data."
        ],
        "nearMiss": [
          "Users in the US west region see the canary first."
        ]
      }
    },
    "language": {
      "words": [
        "the",
        "and",
        "of",
        "to",
        "is",
        "for",
        "that",
        "with",
        "be",
        "are",
        "this",
        "on",
        "we",
        "as",
        "it",
        "by",
        "or",
        "from",
        "not",
        "can",
        "which",
        "should",
        "what",
        "how",
        "our",
        "each",
        "when",
        "if",
        "has",
        "have",
        "was",
        "than",
        "into",
        "only"
      ],
      "match": [
        "The model is retrained every week on the last 90 days of data.",
        "We will roll back when the error rate is above the threshold for an hour."
      ],
      "nearMiss": [
        "Die Daten werden täglich aus dem Lager geladen und geprüft.",
        "Les données sont chargées chaque nuit depuis le entrepôt.",
        "Модель переобучается каждую неделю на данных за последние 90 дней."
      ]
    },
    "placeholders": {
      "markers": {
        "words": [
          "TBD",
          "TBA",
          "TBC",
          "TDB",
          "TODO",
          "ToDo",
          "FIXME",
          "XXX",
          "TKTK"
        ],
        "match": [
          "Owner: TBD",
          "Target recall: TBC after the pilot",
          "TODO: add the cost table",
          "Latency budget: TDB",
          "#ToDo: think more about the SLA"
        ],
        "nearMiss": [
          "The TBDX exchange feed",
          "Use the todo-list widget",
          "Size XXXL shirts"
        ]
      },
      "phrases": {
        "words": [
          "to be determined",
          "to be decided",
          "to be confirmed",
          "to be defined",
          "to be documented",
          "lorem ipsum"
        ],
        "match": [
          "Latency budget: to be determined.",
          "Lorem ipsum dolor sit amet",
          "N/A - To be documented if risks appear."
        ],
        "nearMiss": [
          "The threshold was determined by the 2023 pilot.",
          "The key figure needs to be defined with the buyers."
        ]
      },
      "numberLetters": {
        "words": [
          "N",
          "X"
        ],
        "units": [
          "%",
          "ms",
          "msec",
          "sec",
          "secs",
          "seconds",
          "minutes",
          "mins",
          "hours",
          "hrs",
          "days",
          "weeks",
          "months",
          "pp",
          "pts",
          "percent",
          "percentage points"
        ],
        "bounds": [
          "than",
          "within",
          "under",
          "below",
          "above",
          "over",
          "at least",
          "at most",
          "up to"
        ],
        "windows": [
          "last",
          "previous",
          "past",
          "next",
          "first",
          "every",
          "rolling",
          "trailing"
        ],
        "match": [
          "p99 must stay under N ms.",
          "Route X% of traffic to the new model.",
          "Reduce churn by N% in a quarter.",
          "Precision must be higher than X.",
          "The workshop lasts X-Y days.",
          "It costs $X per month."
        ],
        "nearMiss": [
          "We use N-gram features and top-N retrieval.",
          "Chest X-ray images, O(N) lookups, N = 5 neighbours.",
          "Let N be the number of users; X denotes the feature matrix.",
          "Users with more than N clicks get the full ranking.",
          "Mean sales over the previous N days.",
          "Is there a fatigue period of X days?",
          "If metric M for product P drops by X%, losses grow by Y% and Z%.",
          "In the $N$-dimensional space, X_train holds the features."
        ]
      },
      "headingFillIns": {
        "words": [
          "optional",
          "required",
          "mandatory",
          "recommended",
          "supported",
          "partially supported",
          "unsupported",
          "proposal",
          "proposed",
          "draft",
          "wip",
          "deprecated",
          "new",
          "beta",
          "alpha",
          "experimental",
          "done",
          "in progress",
          "accepted",
          "rejected",
          "superseded",
          "obsolete",
          "archived",
          "updated",
          "legacy",
          "internal",
          "public",
          "private",
          "advanced",
          "bonus",
          "stretch",
          "example",
          "sample"
        ],
        "match": [
          "## [Project name] design",
          "### Scenarios that help [People] achieve [Task]",
          "# [Title]"
        ],
        "nearMiss": [
          "## Model sources [optional]",
          "### Option 2 [Partially supported] - memory as a plugin",
          "# ML system design doc - [RU]",
          "## Results [WIP]"
        ]
      }
    },
    "privacy": {
      "personal-data": [
        {
          "pattern": "(?:e-?mail|home|postal|street|billing|shipping|residential|mailing|IP) addresse?s?",
          "match": [
            "we store the customer's email address",
            "shipping addresses"
          ],
          "nearMiss": [
            "the service address of the model server"
          ]
        },
        {
          "pattern": "(?:full|first|last|legal|real|customer|user|patient|applicant|employee|cardholder)(?:'s|s')? names?|usernames?",
          "match": [
            "the applicant's full name",
            "username and avatar"
          ],
          "nearMiss": [
            "the model name and version",
            "feature names"
          ]
        },
        {
          "pattern": "phone numbers?|mobile numbers?|telephone numbers?",
          "match": [
            "phone numbers of couriers"
          ],
          "nearMiss": [
            "the number of phones sold"
          ]
        },
        {
          "pattern": "dates? of birth|DOB|birth ?dates?",
          "match": [
            "date of birth",
            "birthdate"
          ],
          "nearMiss": [
            "the birth of the project"
          ]
        },
        {
          "pattern": "(?:social security|SSN|passport|national ID|driver'?s licen[cs]e|tax ID)(?: numbers?)?",
          "match": [
            "passport numbers",
            "SSN"
          ],
          "nearMiss": [
            "national identity of the brand"
          ]
        },
        {
          "pattern": "(?:credit|debit|payment) card numbers?|card numbers",
          "match": [
            "credit card number"
          ],
          "nearMiss": [
            "the number of cards in the deck"
          ]
        },
        {
          "pattern": "(?:health|medical|clinical|patient) (?:data|records?|history|information|conditions?)|diagnos[ei]s|prescriptions?|EHR|PHI|vital signs|vitals|lab (?:results|values|tests)",
          "match": [
            "patient records",
            "vital signs and lab results",
            "ICU vitals",
            "hourly vitals, labs and notes"
          ],
          "nearMiss": [
            "the health of the cluster",
            "system health checks",
            "It is vital to log every request."
          ]
        },
        {
          "pattern": "patient[- ](?:hours?|days?|level (?:data|records?|features?)|visits?|encounters?|stays?|admissions?|timelines?)|(?:ICU|hospital|inpatient) (?:stays|admissions|encounters)",
          "match": [
            "the model scores patient-hours",
            "patient-level data from three hospitals",
            "ICU stays of adults"
          ],
          "nearMiss": [
            "patient onboarding of the new hires",
            "the hospital bought new servers",
            "alerts per patient room"
          ]
        },
        {
          "pattern": "biometrics?|fingerprint (?:scans?|data|images|templates)|face (?:images|photos|scans|embeddings|recognition)|facial (?:images|recognition|features)|voice ?prints?|voice (?:recordings?|samples?|audio|clips?)|(?:speaker|client|user|customer)(?:'s|s')? (?:voices?|audio)",
          "match": [
            "voice samples for cloning",
            "raw client voice audio",
            "face embeddings",
            "fingerprint scans"
          ],
          "nearMiss": [
            "the brand voice of the support bot",
            "browser fingerprints of the build"
          ]
        },
        {
          "pattern": "GPS (?:data|traces|coordinates|pings|location)|geo-?location|precise location|(?:driver|rider|device|live|home|real-time|interaction) locations?|(?:user|customer)(?:'s)? location(?!s)|location (?:data|history|traces|pings|coordinates)",
          "match": [
            "GPS traces",
            "the user's location",
            "location coordinates"
          ],
          "nearMiss": [
            "warehouse location",
            "location of the config file",
            "User locations? Worldwide"
          ]
        },
        {
          "pattern": "PII|personally identifiable information|personal (?:data|information|details)",
          "match": [
            "PII",
            "personal data"
          ],
          "nearMiss": [
            "personalised ranking"
          ]
        },
        {
          "pattern": "private messages|chat transcripts|call recordings|browsing history|search history|purchase histor(?:y|ies)|(?:customer|user|applicant|employee|household)(?:'s|s')? (?:salary|income)",
          "match": [
            "search history",
            "client purchase histories",
            "applicant income"
          ],
          "nearMiss": [
            "the history of the project",
            "git history"
          ]
        },
        {
          "pattern": "(?:user|customer|patient|applicant|candidate|employee)(?:'s|s')? (?:age|gender|ethnicity|religion)|age,? (?:and )?gender|gender,? (?:and )?age|resumes?|CVs",
          "match": [
            "user age and gender",
            "age, gender and city",
            "candidates' resumes"
          ],
          "nearMiss": [
            "the age of the model",
            "gender-neutral wording of the prompts"
          ]
        }
      ],
      "handling": [
        {
          "pattern": "anonymi[sz]\\w*|pseudonymi[sz]\\w*|de-?identif\\w*|redact\\w*|scrub\\w*|encrypt\\w*|consent\\w*|opt-?(?:in|out)|right to be forgotten",
          "match": [
            "emails are pseudonymised",
            "with the user's consent"
          ],
          "nearMiss": [
            "the users opted for the mobile app"
          ]
        },
        {
          "pattern": "privacy[- ](?:policy|policies|review|reviews|impact|team|office|officer|notice|controls?|safeguards?|protections?|requirements?|laws?|regulations?|standards?|guidelines?|preserving|by design|budget|engineering)|(?:preserv|protect|safeguard|respect)\\w* (?:the )?(?:user |users' |customer |customers' |patient |patients' |data )?privacy|privacy is (?:preserved|protected|ensured|guaranteed)",
          "match": [
            "A privacy review signs off the feature set.",
            "privacy-preserving aggregation",
            "we protect user privacy by hashing IDs",
            "Privacy requirements: data stays in the EU"
          ],
          "nearMiss": [
            "legal and privacy constraints",
            "Data privacy",
            "There are privacy concerns about raw images."
          ]
        },
        {
          "pattern": "data retention|retention (?:period|policy|policies|window|limits?)|retained for|kept (?:for )?(?:\\d|up to)|delet(?:e|ed|ion) (?:after|within)|deletion requests?",
          "match": [
            "retained for 30 days",
            "deleted after 90 days"
          ],
          "nearMiss": [
            "user retention rose by 3%"
          ]
        },
        {
          "pattern": "(?:stays?|kept|stored|hosted) (?:only )?in the [\\w-]+ region|only (?:the )?[\\w -]{1,40} (?:can|may) (?:read|access|see)|access (?:to [\\w -]{1,30})?(?:is )?(?:limited|restricted) to",
          "match": [
            "data stays in the EU region",
            "only the fraud team can read them",
            "access is limited to the on-call"
          ],
          "nearMiss": [
            "the region field of the record"
          ]
        },
        {
          "pattern": "access control\\w*|role-based access|RBAC|least privilege|need-to-know|data protection|DPIA|data residency|differential privacy|k-anonymity",
          "match": [
            "role-based access",
            "a DPIA was done"
          ],
          "nearMiss": [
            "the access log of the API"
          ]
        },
        {
          "pattern": "GDPR|CCPA|CPRA|FCRA|HIPAA|COPPA|PCI(?:[- ]DSS)?|SOC ?2|ISO ?27001|152-?ФЗ",
          "match": [
            "GDPR applies",
            "HIPAA-compliant storage"
          ],
          "nearMiss": [
            "the PCIe bus of the GPU host"
          ]
        },
        {
          "pattern": "(?:mask|hash|tokeni[sz])(?:ed|ing)\\s+(?:of\\s+)?(?:the\\s+)?(?:PII|personal|sensitive|user|customer|card|e-?mails?|names?|phone|identifiers?|IDs?)|PII (?:policy|handling|scrubbing|removal|detection|filter\\w*)",
          "match": [
            "hashed user IDs",
            "PII scrubbing before training"
          ],
          "nearMiss": [
            "masked language modelling of the text",
            "tokenized sentences"
          ]
        }
      ]
    },
    "roles": {
      "example-openers": {
        "words": [
          "e.g.",
          "for example",
          "for instance",
          "imagine",
          "suppose",
          "as an illustration",
          "say"
        ],
        "match": [
          "For example, a fraud model flags a transaction for review.",
          "Imagine a user who uploads 100 photos a day."
        ],
        "nearMiss": [
          "We flag a transaction for review when the score exceeds 0.8.",
          "Personal data, e.g. emails, is encrypted at rest.",
          "Sayings of the support team are in the FAQ."
        ]
      },
      "hypothetical": {
        "words": [
          "can be framed as",
          "could be framed as",
          "might be framed as",
          "can be formulated as",
          "could be formulated as"
        ],
        "match": [
          "Fraud detection can be framed as binary classification."
        ],
        "nearMiss": [
          "We frame fraud detection as binary classification."
        ]
      },
      "citation-sections": {
        "words": [
          "references",
          "bibliography",
          "citations",
          "further reading",
          "reading list",
          "literature",
          "sources",
          "related work",
          "prior art",
          "acknowledgements",
          "acknowledgments"
        ],
        "match": [
          "References",
          "Further reading",
          "Related work"
        ],
        "nearMiss": [
          "Data sources and freshness",
          "Referenced tables in the warehouse"
        ]
      }
    },
    "sections": {
      "problem-statement": {
        "title": "problem statement",
        "prompt": "Who is the user, what need does the system address, what is the current pain point, and why now?",
        "entries": [
          {
            "phrases": [
              "problem statement",
              "problem",
              "problem definition",
              "problem formulation",
              "problem framing",
              "the problem",
              "business problem"
            ],
            "match": [
              "1. Problem Statement",
              "Problem definition and scope",
              "2.1 The problem"
            ],
            "nearMiss": [
              "Problems we hit with the labels"
            ]
          },
          {
            "phrases": [
              "goals",
              "goal",
              "objective",
              "objectives",
              "business objective",
              "business goals",
              "project goals",
              "purpose"
            ],
            "match": [
              "Goals and non-goals",
              "## Objectives",
              "Project goals 🎯"
            ],
            "nearMiss": [
              "Goalkeeper tracking model"
            ]
          },
          {
            "phrases": [
              "motivation",
              "background",
              "overview",
              "introduction",
              "summary",
              "executive summary",
              "tl;dr",
              "project overview"
            ],
            "match": [
              "Background",
              "Executive summary",
              "TL;DR",
              "Motivation"
            ],
            "nearMiss": [
              "Backgrounds removed from product photos"
            ]
          },
          {
            "phrases": [
              "context",
              "why",
              "abstract"
            ],
            "exact": true,
            "match": [
              "Context",
              "Motivation and context",
              "Why"
            ],
            "nearMiss": [
              "Context window size",
              "Why the cache misses"
            ]
          },
          {
            "phrases": [
              "relevance and reasons",
              "relevance"
            ],
            "match": [
              "Relevance & reasons"
            ],
            "nearMiss": [
              "Relevant links"
            ]
          }
        ]
      },
      "success-metrics": {
        "title": "success metrics",
        "prompt": "An offline ML metric and an online business metric, each with a target value agreed before building.",
        "entries": [
          {
            "phrases": [
              "success metrics",
              "metrics",
              "metric",
              "success criteria",
              "KPIs",
              "KPI",
              "key results",
              "measuring success",
              "how we measure success"
            ],
            "match": [
              "Success Metrics (ML + Business KPIs)",
              "3. Metrics",
              "KPIs"
            ],
            "nearMiss": [
              "Metrical feet in poetry generation"
            ]
          },
          {
            "notWith": [
              "monitoring",
              "monitored",
              "dashboard",
              "dashboards",
              "alerting",
              "alerts",
              "logging",
              "observability"
            ],
            "match": [
              "Success metrics"
            ],
            "nearMiss": [
              "Monitoring dashboard metrics",
              "Metrics and alerting",
              "Observability metrics"
            ]
          },
          {
            "phrases": [
              "evaluation",
              "evaluation metrics",
              "evaluation plan",
              "offline evaluation",
              "online evaluation",
              "metrics and evaluation",
              "model evaluation"
            ],
            "match": [
              "Offline evaluation",
              "Evaluation plan"
            ],
            "nearMiss": [
              "Evaluating vendors"
            ]
          },
          {
            "phrases": [
              "SLOs",
              "SLIs and SLOs",
              "SLOs and SLIs",
              "service level objectives"
            ],
            "match": [
              "SLIs / SLOs",
              "Service level objectives"
            ],
            "nearMiss": [
              "Slow queries"
            ]
          },
          {
            "keywords": [
              "success",
              "successful"
            ],
            "match": [
              "What we consider a successful pilot",
              "Definition of success"
            ],
            "nearMiss": [
              "Succession of owners"
            ]
          }
        ]
      },
      "data-requirements": {
        "title": "data requirements",
        "prompt": "Data sources, volume, freshness, labels, the train/validation/test split and known quality issues.",
        "entries": [
          {
            "phrases": [
              "data requirements",
              "data",
              "dataset",
              "datasets",
              "data sets",
              "data sources",
              "training data",
              "input data",
              "data and features"
            ],
            "match": [
              "Data requirements",
              "4. Data",
              "Training data and labels"
            ],
            "nearMiss": [
              "Database migration"
            ]
          },
          {
            "phrases": [
              "data collection",
              "data pipeline",
              "data preparation",
              "data processing"
            ],
            "match": [
              "Data collection"
            ],
            "nearMiss": [
              "Collection of feedback"
            ]
          },
          {
            "phrases": [
              "features",
              "feature engineering",
              "labels",
              "labeling",
              "labelling"
            ],
            "match": [
              "Feature engineering",
              "Labels"
            ],
            "nearMiss": [
              "Featured articles"
            ]
          }
        ]
      },
      "model-architecture": {
        "title": "model architecture",
        "prompt": "The model chosen, its inputs and outputs, and why it beats the alternatives under the constraints.",
        "entries": [
          {
            "phrases": [
              "model architecture",
              "model",
              "models",
              "modeling",
              "modelling",
              "model design",
              "ML model",
              "model development",
              "model training",
              "model selection",
              "model choice"
            ],
            "match": [
              "Model architecture",
              "5. Modeling",
              "Model selection"
            ],
            "nearMiss": [
              "Business model canvas"
            ]
          },
          {
            "phrases": [
              "approach",
              "methodology",
              "algorithm",
              "proposed approach",
              "proposed solution",
              "solution",
              "ML approach",
              "technical approach"
            ],
            "match": [
              "Proposed approach",
              "Methodology"
            ],
            "nearMiss": [
              "Approaching deadlines"
            ]
          },
          {
            "phrases": [
              "training",
              "baseline",
              "baselines"
            ],
            "match": [
              "Baselines",
              "Training"
            ],
            "nearMiss": [
              "Trainee onboarding"
            ]
          }
        ]
      },
      "infrastructure-architecture": {
        "title": "infrastructure architecture",
        "prompt": "Training pipeline, serving path (batch or online), feature store, monitoring and retraining.",
        "entries": [
          {
            "phrases": [
              "infrastructure architecture",
              "infrastructure",
              "serving",
              "model serving",
              "serving architecture",
              "inference"
            ],
            "match": [
              "Infrastructure",
              "Model serving"
            ],
            "nearMiss": [
              "Servings per day in the recipe model"
            ]
          },
          {
            "phrases": [
              "system architecture",
              "solution architecture",
              "technical architecture",
              "high-level architecture",
              "architecture overview",
              "system design",
              "high-level design",
              "detailed design",
              "technical design",
              "proposed design",
              "design",
              "system overview"
            ],
            "match": [
              "System architecture",
              "High-level design",
              "Solution architecture"
            ],
            "nearMiss": [
              "Designer feedback",
              "Model architecture"
            ]
          },
          {
            "phrases": [
              "architecture"
            ],
            "atStart": true,
            "match": [
              "Architecture",
              "Architecture and deployment",
              "Architecture components"
            ],
            "nearMiss": [
              "Model architecture",
              "Neural network architecture"
            ]
          },
          {
            "phrases": [
              "deployment",
              "integration",
              "ML pipeline",
              "MLOps",
              "production",
              "implementation"
            ],
            "match": [
              "Deployment",
              "MLOps"
            ],
            "nearMiss": [
              "Deployments of the old service were frozen during the migration"
            ]
          }
        ]
      },
      "tradeoff-analysis": {
        "title": "trade-off analysis",
        "prompt": "The options compared for each decision, the one chosen, and the rationale.",
        "statedIn": {
          "cue": "stated-choice",
          "atLeast": 2,
          "alongside": "weighed-option"
        },
        "entries": [
          {
            "phrases": [
              "trade-off analysis",
              "trade-offs",
              "tradeoffs",
              "trade offs",
              "pros and cons",
              "decision matrix",
              "alternatives and trade-offs"
            ],
            "match": [
              "Trade-offs",
              "Pros & cons"
            ],
            "nearMiss": [
              "Trader dashboard"
            ]
          },
          {
            "phrases": [
              "alternatives considered",
              "alternatives",
              "alternative approaches",
              "alternative solutions",
              "alternative designs",
              "options considered",
              "rejected alternatives",
              "considered alternatives",
              "design decisions"
            ],
            "match": [
              "Alternatives considered",
              "Design decisions"
            ],
            "nearMiss": [
              "Alternative text for images"
            ]
          },
          {
            "phrases": [
              "build or buy",
              "build vs buy"
            ],
            "match": [
              "Build or buy"
            ],
            "nearMiss": [
              "Build pipeline"
            ]
          },
          {
            "keywords": [
              "trade-off",
              "trade-offs",
              "tradeoff",
              "tradeoffs"
            ],
            "match": [
              "Exploration-exploitation trade-off",
              "Latency and accuracy tradeoffs"
            ],
            "nearMiss": [
              "Trade finance features"
            ]
          },
          {
            "labels": [
              "Trade-off",
              "Trade-offs",
              "Tradeoff",
              "Tradeoffs",
              "Alternatives considered"
            ],
            "match": [
              "Trade-off: the managed API costs more per call but needs no GPU."
            ],
            "nearMiss": [
              "Trade finance: out of scope."
            ]
          },
          {
            "pairedLabels": [
              [
                "Pros",
                "Advantages",
                "Benefits"
              ],
              [
                "Cons",
                "Disadvantages",
                "Drawbacks"
              ]
            ],
            "match": [
              "Pros: cheap to serve. | Cons: weaker on rare queries."
            ],
            "nearMiss": [
              "Pros: cheap to serve. | Benefits: simple.",
              "Cons of the old system: slow."
            ]
          }
        ]
      },
      "risk-assessment": {
        "title": "risk assessment",
        "prompt": "Each risk with its likelihood, impact (High/Medium/Low) and mitigation.",
        "entries": [
          {
            "phrases": [
              "risk assessment",
              "risks",
              "risk",
              "risks and mitigations",
              "risk analysis",
              "known risks",
              "open risks",
              "risk management"
            ],
            "match": [
              "Risks and mitigations",
              "7. Risk assessment"
            ],
            "nearMiss": [
              "Risky merchants"
            ]
          },
          {
            "phrases": [
              "failure modes",
              "threats",
              "risks and limitations",
              "limitations and risks"
            ],
            "match": [
              "Failure modes"
            ],
            "nearMiss": [
              "Failure of the data vendor is out of scope"
            ]
          },
          {
            "labels": [
              "Risks",
              "Key risks",
              "Main risks"
            ],
            "match": [
              "Risks: the vendor may change its API without notice."
            ],
            "nearMiss": [
              "Risky merchants: those with chargebacks."
            ]
          }
        ]
      },
      "rollout-plan": {
        "title": "rollout plan",
        "prompt": "Phases from offline validation through shadow, canary and full traffic, each with an exit criterion, and a rollback plan with its trigger.",
        "statedIn": {
          "cue": "rollout-stage",
          "atLeast": 2,
          "distinctInOneSection": true
        },
        "entries": [
          {
            "phrases": [
              "rollout plan",
              "rollout",
              "rollout strategy",
              "phased rollout",
              "rollout and rollback"
            ],
            "match": [
              "Rollout plan",
              "🚀 Rollout"
            ],
            "nearMiss": [
              "Rolling averages of demand"
            ]
          },
          {
            "phrases": [
              "release plan",
              "launch plan",
              "release cycle",
              "launch strategy",
              "go-live",
              "go live plan"
            ],
            "match": [
              "Launch plan",
              "Release cycle"
            ],
            "nearMiss": [
              "Released datasets"
            ]
          },
          {
            "phrases": [
              "release",
              "launch",
              "releases"
            ],
            "exact": true,
            "match": [
              "Release",
              "Launch",
              "Releases"
            ],
            "nearMiss": [
              "Release date",
              "Release notes",
              "Launch customers"
            ]
          },
          {
            "phrases": [
              "deployment plan",
              "deployment strategy",
              "migration plan",
              "experimentation plan",
              "A/B test plan",
              "pilot",
              "pilot plan"
            ],
            "match": [
              "Deployment strategy",
              "Pilot plan",
              "A/B test plan"
            ],
            "nearMiss": [
              "Pilots' flight logs as features"
            ]
          },
          {
            "phrases": [
              "A/B testing",
              "A/B test",
              "online experiment",
              "online experiments",
              "online testing",
              "canary release",
              "canary deployment",
              "canary rollout",
              "shadow mode",
              "shadow deployment",
              "blue/green deployment",
              "blue-green deployment",
              "gradual rollout",
              "staged rollout"
            ],
            "match": [
              "A/B testing",
              "Canary release",
              "Shadow mode and canary release",
              "Online testing and deployment"
            ],
            "nearMiss": [
              "Canary Islands tourism data",
              "Shadows in satellite images",
              "Offline testing",
              "Testing online learning"
            ]
          },
          {
            "phrases": [
              "launch steps",
              "rollout steps",
              "release steps",
              "integration plan",
              "integration steps",
              "go-live steps"
            ],
            "match": [
              "MVP integration steps",
              "Launch steps",
              "Integration plan"
            ],
            "nearMiss": [
              "Data integration",
              "Integration tests",
              "Continuous integration",
              "Feature engineering steps"
            ]
          },
          {
            "phrases": [
              "canary",
              "shadow"
            ],
            "exact": true,
            "match": [
              "Canary",
              "Shadow and canary"
            ],
            "nearMiss": [
              "Canary Islands tourism data"
            ]
          }
        ]
      },
      "constraints": {
        "title": "constraints",
        "prompt": "Latency, scale, cost, compliance and dependency limits the design must respect, with numbers.",
        "entries": [
          {
            "phrases": [
              "constraints",
              "constraint",
              "technical constraints",
              "assumptions and constraints",
              "constraints and assumptions",
              "requirements and constraints",
              "limitations"
            ],
            "match": [
              "Constraints",
              "Assumptions & constraints"
            ],
            "nearMiss": [
              "Constrained decoding"
            ]
          },
          {
            "phrases": [
              "non-functional requirements",
              "system requirements"
            ],
            "match": [
              "Non-functional requirements"
            ],
            "nearMiss": [
              "Functional requirements"
            ]
          }
        ]
      },
      "out-of-scope": {
        "title": "out of scope",
        "prompt": "An explicit list of what this system does not do.",
        "entries": [
          {
            "phrases": [
              "out of scope",
              "not in scope",
              "what is out of scope",
              "scope"
            ],
            "match": [
              "Out of scope",
              "Scope"
            ],
            "nearMiss": [
              "Scoped API tokens"
            ]
          },
          {
            "phrases": [
              "non-goals",
              "nongoals",
              "non goals",
              "anti-goals",
              "exclusions",
              "project exclusions"
            ],
            "match": [
              "Non-goals",
              "Goals and non-goals"
            ],
            "nearMiss": [
              "Nonce handling"
            ]
          },
          {
            "labels": [
              "Non-goals",
              "Out of scope",
              "Not in scope"
            ],
            "match": [
              "Non-goals: we do not rank ads.",
              "Out of scope: image search"
            ],
            "nearMiss": [
              "Non-blocking: the call returns at once."
            ]
          }
        ]
      },
      "risks-and-alternatives": {
        "title": "risks and alternatives",
        "prompt": "What could kill the project, and what was considered and rejected.",
        "includes": [
          "risk-assessment",
          "tradeoff-analysis"
        ],
        "entries": [
          {
            "phrases": [
              "risks and alternatives"
            ],
            "match": [
              "Risks and alternatives"
            ],
            "nearMiss": [
              "Riskless arbitrage"
            ]
          }
        ]
      },
      "business-objective": {
        "title": "business objective",
        "prompt": "What the company is trying to achieve and which metric defines success.",
        "entries": [
          {
            "phrases": [
              "business objective",
              "business objectives",
              "business goal",
              "business goals",
              "objective",
              "objectives",
              "goals",
              "goal"
            ],
            "match": [
              "Business objective",
              "Goals"
            ],
            "nearMiss": [
              "Objectivity of annotators"
            ]
          },
          {
            "phrases": [
              "problem statement",
              "problem",
              "business problem"
            ],
            "match": [
              "Problem statement"
            ],
            "nearMiss": [
              "Problematic content examples"
            ]
          }
        ]
      },
      "features-supported": {
        "title": "features supported / user experience",
        "prompt": "What users can do with the system and how they meet its predictions.",
        "entries": [
          {
            "phrases": [
              "features supported",
              "features the system supports",
              "features",
              "product features",
              "functional requirements"
            ],
            "match": [
              "Features supported",
              "Functional requirements"
            ],
            "nearMiss": [
              "Featurization"
            ]
          },
          {
            "phrases": [
              "user experience",
              "UX",
              "use cases",
              "use case",
              "user flow",
              "user journey",
              "user stories"
            ],
            "match": [
              "User experience",
              "Use cases"
            ],
            "nearMiss": [
              "User counts by region"
            ]
          }
        ]
      },
      "data": {
        "title": "data",
        "prompt": "What data exists, how much, whether it is labelled, and how fresh it is.",
        "sameAs": "data-requirements"
      },
      "scale": {
        "title": "scale",
        "prompt": "Daily active users, peak queries per second and total population, with growth.",
        "entries": [
          {
            "phrases": [
              "scale",
              "scalability",
              "scaling",
              "scale requirements",
              "traffic",
              "capacity",
              "throughput",
              "load"
            ],
            "match": [
              "Scale",
              "Scalability",
              "Traffic and capacity"
            ],
            "nearMiss": [
              "Scaled dot-product attention"
            ]
          }
        ]
      },
      "performance": {
        "title": "performance",
        "prompt": "The latency budget (p99 in ms), throughput and the accuracy/speed trade-off.",
        "entries": [
          {
            "phrases": [
              "performance",
              "performance requirements",
              "latency",
              "latency requirements",
              "speed",
              "SLA",
              "SLAs",
              "non-functional requirements"
            ],
            "match": [
              "Performance",
              "Latency requirements",
              "SLAs"
            ],
            "nearMiss": [
              "Performers and artists"
            ]
          }
        ]
      },
      "privacy-ethics": {
        "title": "privacy and ethics",
        "prompt": "Sensitive data and its handling, anonymisation, bias concerns and fairness thresholds.",
        "entries": [
          {
            "phrases": [
              "privacy and ethics",
              "privacy",
              "ethics",
              "ethical considerations",
              "security and privacy",
              "privacy and security",
              "compliance"
            ],
            "match": [
              "Privacy & ethics",
              "Ethical considerations"
            ],
            "nearMiss": [
              "Private beta"
            ]
          },
          {
            "phrases": [
              "fairness",
              "responsible AI",
              "bias",
              "fairness and bias"
            ],
            "match": [
              "Fairness and bias",
              "Responsible AI"
            ],
            "nearMiss": [
              "Biased estimators"
            ]
          }
        ]
      }
    },
    "structure": {
      "numbering-words": {
        "words": [
          "step",
          "section",
          "part",
          "chapter",
          "stage",
          "phase"
        ],
        "match": [
          "Step 3: Data",
          "Stage 1 - data preparation"
        ],
        "nearMiss": [
          "Stepwise regression baseline"
        ]
      },
      "abbreviations": {
        "words": [
          "e.g",
          "i.e",
          "vs",
          "etc",
          "approx",
          "cf",
          "incl",
          "esp",
          "avg",
          "resp",
          "al",
          "fig",
          "no",
          "nr",
          "dr",
          "mr",
          "mrs",
          "prof",
          "inc",
          "ltd",
          "co",
          "est",
          "eq",
          "ch",
          "vol",
          "appx",
          "p",
          "pp",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "u.s",
          "st",
          "viz",
          "w.r.t"
        ],
        "match": [
          "Recall drops vs. Last quarter's model.",
          "See Fig. 3 for the split.",
          "Launch is planned for Sept. 14 in two regions."
        ],
        "nearMiss": [
          "Recall drops fast. Last quarter's model was better.",
          "The split is by week. Three folds are used."
        ]
      }
    },
    "patterns": {
      "degradation-thresholds": {
        "falls": {
          "about": "degradation-thresholds — a threshold that a metric falls below (a drop)",
          "pattern": "\\b(drops?|dropped|falls?|fell|decreases?|declines?|below|under|less than|lower|down|degrades? to|reduc\\w*)\\b|[<≤↓]",
          "match": [
            "Alert if recall drops below 0.8.",
            "Precision < 0.9",
            "Roll back when CTR falls by 5%."
          ],
          "nearMiss": [
            "Alert if p99 exceeds 300 ms.",
            "Dropout of 0.1 in the model."
          ]
        },
        "rises": {
          "about": "degradation-thresholds — a threshold that a metric rises above (a spike)",
          "pattern": "\\b(rises?|rose|increases?|above|over|exceeds?|exceeding|more than|greater|higher|spikes?|up|grows?)\\b|[>≥↑]",
          "match": [
            "Page if p99 exceeds 300 ms.",
            "Error rate > 2%",
            "Alert when latency spikes."
          ],
          "nearMiss": [
            "Alert if recall drops below 0.8.",
            "Risers of the stairs."
          ]
        },
        "change-by": {
          "about": "degradation-thresholds — the words right before a number that make it a change (\"drops by 5%\"), not a level",
          "pattern": "\\b(by|of)\\s*$",
          "match": [
            "Recall drops by ",
            "a fall of "
          ],
          "nearMiss": [
            "Recall drops below ",
            "Recall drops to "
          ]
        },
        "relative": {
          "about": "degradation-thresholds — a threshold said to be relative (a change, not a level)",
          "pattern": "\\brelative\\b|Δ",
          "match": [
            "a relative drop of 5%",
            "Δ CTR below -2%"
          ],
          "nearMiss": [
            "CTR below 2%",
            "relatively stable"
          ]
        }
      },
      "detect": {
        "precision": {
          "about": "detect — the ML design term \"precision\"",
          "pattern": "\\bprecision\\b",
          "match": [
            "Precision on the holdout is 0.91."
          ],
          "nearMiss": [
            "A precise definition follows."
          ]
        },
        "recall": {
          "about": "detect — the ML design term \"recall\"",
          "pattern": "\\brecall\\b",
          "match": [
            "Recall must stay above 0.8."
          ],
          "nearMiss": [
            "Recalled items are removed from the shelf."
          ]
        },
        "auc": {
          "about": "detect — the ML design term \"AUC\"",
          "pattern": "\\b(?:ROC[- ])?AUC\\b",
          "caseSensitive": true,
          "match": [
            "ROC AUC of 0.87",
            "AUC above 0.9"
          ],
          "nearMiss": [
            "The auction closes at noon.",
            "Auctions close at noon."
          ]
        },
        "f1": {
          "about": "detect — the ML design term \"F1\"",
          "pattern": "\\bF1\\b",
          "caseSensitive": true,
          "match": [
            "F1 on the test set"
          ],
          "nearMiss": [
            "Press f1 for help.",
            "F12 opens the console."
          ]
        },
        "ndcg": {
          "about": "detect — the ML design term \"NDCG\"",
          "pattern": "\\bNDCG\\b",
          "caseSensitive": true,
          "match": [
            "NDCG@10 of 0.42"
          ],
          "nearMiss": [
            "The NDCGx tool"
          ]
        },
        "false-positives": {
          "about": "detect — the ML design term \"false positives\"",
          "pattern": "\\bfalse positives?\\b",
          "match": [
            "False positives block good customers."
          ],
          "nearMiss": [
            "A false start delayed the launch."
          ]
        },
        "false-negatives": {
          "about": "detect — the ML design term \"false negatives\"",
          "pattern": "\\bfalse negatives?\\b",
          "match": [
            "Each false negative costs $200."
          ],
          "nearMiss": [
            "The negatives of the photos."
          ]
        },
        "percentile-latency": {
          "about": "detect — the ML design term \"percentile latency\"",
          "pattern": "\\bp(?:50|90|95|99|999)\\b",
          "match": [
            "p99 under 200 ms",
            "P95 of 80 ms"
          ],
          "nearMiss": [
            "p98 is not tracked",
            "p9 of the appendix"
          ]
        },
        "qps": {
          "about": "detect — the ML design term \"QPS\"",
          "pattern": "\\b(?:QPS|RPS|requests? per second)\\b",
          "match": [
            "Peak of 3,000 QPS",
            "2 requests per second"
          ],
          "nearMiss": [
            "The requests queue is long."
          ]
        },
        "dau": {
          "about": "detect — the ML design term \"DAU\"",
          "pattern": "\\b(?:DAU|MAU|daily active users)\\b",
          "match": [
            "5M DAU",
            "daily active users grow"
          ],
          "nearMiss": [
            "Daily users of the tool",
            "DAUPHIN is the project name"
          ]
        },
        "a-b-test": {
          "about": "detect — the ML design term \"A/B test\"",
          "pattern": "\\bA\\/B\\b",
          "match": [
            "An A/B test runs for two weeks."
          ],
          "nearMiss": [
            "AB testing without the slash"
          ]
        },
        "drift": {
          "about": "detect — the ML design term \"drift\"",
          "pattern": "\\bdrift\\b",
          "match": [
            "Data drift is monitored."
          ],
          "nearMiss": [
            "Drifting sensors are replaced."
          ]
        },
        "retraining": {
          "about": "detect — the ML design term \"retraining\"",
          "pattern": "\\bretrain(?:ing|ed)?\\b",
          "match": [
            "Retraining runs weekly.",
            "The model is retrained nightly."
          ],
          "nearMiss": [
            "Training runs weekly."
          ]
        },
        "feature-store": {
          "about": "detect — the ML design term \"feature store\"",
          "pattern": "\\bfeature store\\b",
          "match": [
            "Features come from the feature store."
          ],
          "nearMiss": [
            "The store features a new layout."
          ]
        },
        "baseline": {
          "about": "detect — the ML design term \"baseline\"",
          "pattern": "\\bbaseline\\b",
          "match": [
            "The baseline is a rules engine."
          ],
          "nearMiss": [
            "The chart baselines are aligned."
          ]
        },
        "canary": {
          "about": "detect — the ML design term \"canary\"",
          "pattern": "\\bcanary\\b",
          "match": [
            "A canary release to 1% of users."
          ],
          "nearMiss": [
            "Canaries sing in the morning."
          ]
        },
        "shadow-mode": {
          "about": "detect — the ML design term \"shadow mode\"",
          "pattern": "\\bshadow (?:mode|deployment|traffic)\\b",
          "match": [
            "The model runs in shadow mode for a week."
          ],
          "nearMiss": [
            "A drop shadow on the button."
          ]
        },
        "rollback": {
          "about": "detect — the ML design term \"rollback\"",
          "pattern": "\\broll ?back\\b",
          "match": [
            "Rollback takes five minutes.",
            "We roll back on any alert."
          ],
          "nearMiss": [
            "Rolling stock of the railway."
          ]
        },
        "ground-truth": {
          "about": "detect — the ML design term \"ground truth\"",
          "pattern": "\\bground truth\\b",
          "match": [
            "Ground truth arrives after 30 days."
          ],
          "nearMiss": [
            "The truth is on the ground floor."
          ]
        },
        "labels": {
          "about": "detect — the ML design term \"labels\"",
          "pattern": "\\blabel(?:s|ed|led|ing|ling)\\b",
          "match": [
            "Labels come from chargebacks.",
            "Analysts labelled 10k tickets."
          ],
          "nearMiss": [
            "A label maker",
            "The label is printed."
          ]
        },
        "churn": {
          "about": "detect — the ML design term \"churn\"",
          "pattern": "\\bchurn\\b",
          "match": [
            "Churn is the target."
          ],
          "nearMiss": [
            "Churning butter"
          ]
        },
        "conversion": {
          "about": "detect — the ML design term \"conversion\"",
          "pattern": "\\bconversion rate\\b",
          "match": [
            "Conversion rate must not drop."
          ],
          "nearMiss": [
            "Unit conversion of the inputs."
          ]
        },
        "ctr": {
          "about": "detect — the ML design term \"CTR\"",
          "pattern": "\\b(?:CTR|click-through)\\b",
          "match": [
            "CTR rises by 2%.",
            "Click-through improves."
          ],
          "nearMiss": [
            "Press Ctrl+C."
          ]
        }
      },
      "fairness-threshold": {
        "sensitive-attribute": {
          "about": "fairness-threshold — a sensitive attribute named (a concern that needs a fairness threshold)",
          "pattern": "\\b(?:gender|sex|race(?! conditions?)|racial|ethnicity|ethnic (?:group|origin)s?|nationality|nationalities|religion|religious beliefs|sexual orientation|disability|disabilities|marital status|skin (?:tone|colou?r))\\b",
          "match": [
            "Gender is not a model input.",
            "Features include nationality.",
            "Skin tone varies across the photos."
          ],
          "nearMiss": [
            "A race condition in the cache.",
            "The sexton dataset is public."
          ]
        },
        "age-attribute": {
          "about": "fairness-threshold — the age of people used or named",
          "pattern": "\\b(?:(?:customer|user|applicant|patient|candidate|driver|borrower|member|employee|viewer)s?'?s? age|age (?:group|band|bracket|range|cohort)s?|date of birth|age,\\s*(?:gender|sex|location|income))\\b",
          "match": [
            "Applicant age is a feature.",
            "Age groups are reported separately.",
            "We store the date of birth."
          ],
          "nearMiss": [
            "The age of the model is 6 months.",
            "Ageing of the hardware."
          ]
        },
        "protected-attribute": {
          "about": "fairness-threshold — protected attributes or groups named as such",
          "pattern": "\\bprotected (?:attribute|characteristic|class|group|categor(?:y|ie))s?\\b",
          "match": [
            "No protected attributes are used.",
            "Results per protected group."
          ],
          "nearMiss": [
            "Protected branches need a review.",
            "A protected endpoint."
          ]
        },
        "credit-decision": {
          "about": "fairness-threshold — a decision about credit that falls on people",
          "pattern": "\\b(?:loan|credit|lending|mortgage|underwriting)\\s+(?:approvals?|decisions?|applications?|limits?|eligibility)\\b|\\b(?:approve|decline|reject)s?\\s+(?:loan|credit|mortgage)\\s+applications?\\b",
          "match": [
            "The model drives loan approvals.",
            "It rejects mortgage applications automatically."
          ],
          "nearMiss": [
            "Loan volume grew by 5%.",
            "Credit card fraud costs money."
          ]
        },
        "hiring-decision": {
          "about": "fairness-threshold — a decision about jobs or housing that falls on people",
          "pattern": "\\b(?:hiring|recruiting|recruitment|resume|CV|job applicants?|candidate|tenant|housing|rental)\\s+(?:screening|decisions?|shortlist(?:ing)?|selection|ranking)\\b",
          "match": [
            "Resume screening for engineering roles.",
            "Rental decisions for new tenants."
          ],
          "nearMiss": [
            "Hiring plans for the team.",
            "The housing market index is a feature."
          ]
        },
        "bias-concern": {
          "about": "fairness-threshold — a concern about bias or unfairness named outright",
          "pattern": "\\b(?:algorithmic|model|demographic|racial|gender|age)\\s+bias\\b|\\bdisparate (?:impact|treatment)\\b|\\bdiscriminat(?:ion|ory|e against)\\b|\\bunfair(?:ly|ness)?\\b",
          "match": [
            "Algorithmic bias is a risk.",
            "We check for disparate impact.",
            "Scores could be unfair."
          ],
          "nearMiss": [
            "Position bias in click logs.",
            "The bias term is initialised to zero."
          ]
        },
        "group-gap": {
          "about": "fairness-threshold — a gap between groups, which a fairness threshold names with a number",
          "pattern": "\\b(?:(?:gap|difference|differ|delta|disparity)\\b.{0,80}\\bbetween\\b|between\\b.{0,80}\\b(?:gap|differ|difference)|parity|disparit(?:y|ies)|disparate impact|equal(?:ized)? (?:opportunity|odds)|four[- ]fifths|80% rule|fairness|(?:gap|difference|delta|ratio|spread)s?\\b.{0,60}\\b(?:groups?|segments?|demographics?|genders?|races?|ages?|cohorts?|subgroups?|sexes)|(?:between|across|among|per|for (?:any|each|every)|by) (?:\\w+ ){0,2}(?:groups|segments|cohorts|subgroups|genders|demographics|races|ethnicities|sexes))\\b",
          "match": [
            "The approval-rate gap between groups stays under 3 pts.",
            "Recall parity across age bands.",
            "Equalized odds within 0.05."
          ],
          "nearMiss": [
            "Recall is at least 0.8.",
            "The gap in the data is one week."
          ]
        },
        "date-of-birth": {
          "about": "fairness-threshold — date of birth, named as the sensitive attribute in the message",
          "pattern": "date of birth",
          "match": [
            "date of birth"
          ],
          "nearMiss": [
            "birthday campaign"
          ]
        },
        "question-opener": {
          "about": "fairness-threshold — a statement that opens as a question (a template prompt asks about an attribute, it does not use it)",
          "pattern": "^(?:for example,\\s*)?(?:is|are|does|do|did|was|were|has|have|can|could|should|will|would|what|which|who|how|why|when|where)\\b",
          "match": [
            "Does the model use gender?",
            "For example, which groups could be harmed"
          ],
          "nearMiss": [
            "The model does not use gender.",
            "Issues with the data are listed."
          ]
        },
        "please-prompt": {
          "about": "fairness-threshold — a template prompt asking the reader to fill something in",
          "pattern": "\\bplease (?:describe|provide|explain|list)\\b",
          "match": [
            "Please describe the protected groups.",
            "please list the attributes used"
          ],
          "nearMiss": [
            "Pleased users stay longer.",
            "Describe is a verb."
          ]
        }
      },
      "fp-fn-cost-table": {
        "cost-words": {
          "about": "fp-fn-cost-table — words (or an amount) that give what an error costs",
          "pattern": "\\b(costs?|costing|loss|lose[sn]?|lost|losing|penalty|penalties|expense|harm|damage|chargebacks?|refunds?|revenue|fine[sd]?|churn|complaints?|wasted?)\\b|[$€£]\\s?\\d",
          "match": [
            "A missed fraud costs a chargeback.",
            "Each false alarm loses a customer.",
            "Refunds of $40 per case"
          ],
          "nearMiss": [
            "A missed fraud is reviewed later.",
            "Costume party photos"
          ]
        },
        "false-positive": {
          "about": "fp-fn-cost-table — a false positive named (spliced into the cost patterns; whole phrases)",
          "fragment": true,
          "pattern": "false[\\s-]*positives?|FPs?|type[\\s-]*(?:I|1)\\s*errors?|false alarms?",
          "match": [
            "false positive",
            "FPs",
            "type I error",
            "false alarms"
          ],
          "nearMiss": [
            "true positive",
            "false",
            "FPGA"
          ]
        },
        "false-negative": {
          "about": "fp-fn-cost-table — a false negative named, or what one means in the domain (whole phrases)",
          "fragment": true,
          "pattern": "false[\\s-]*negatives?|FNs?|type[\\s-]*(?:II|2)\\s*errors?|missed (?:fraud|spam|cases?|detections?)",
          "match": [
            "false negatives",
            "FN",
            "type II errors",
            "missed fraud"
          ],
          "nearMiss": [
            "true negative",
            "missed calls",
            "FNV"
          ]
        },
        "cost-of": {
          "about": "fp-fn-cost-table — the cost named before the error (\"the cost of a false negative\"); whole phrases",
          "fragment": true,
          "pattern": "(?:cost|price|impact|loss) of (?:an?\\s+|each\\s+|one\\s+)?",
          "match": [
            "cost of a ",
            "impact of each ",
            "loss of "
          ],
          "nearMiss": [
            "cost for a ",
            "part of a "
          ]
        },
        "costs-after": {
          "about": "fp-fn-cost-table — the cost named after the error (\"FN costs $230\", \"FP = $15\"); whole phrases",
          "fragment": true,
          "pattern": "\\s+(?:costs?|=)",
          "match": [
            " costs",
            " =",
            " cost"
          ],
          "nearMiss": [
            " is",
            " costly"
          ]
        },
        "bare-classify": {
          "about": "fp-fn-cost-table — the word \"classifier\" or \"classification\" alone, which names no decision",
          "pattern": "^classif\\w*$",
          "match": [
            "classifier",
            "Classification"
          ],
          "nearMiss": [
            "spam classifier",
            "binary classification"
          ]
        }
      },
      "framing": {
        "binary-classification": {
          "about": "framing — a classification task named by its kind (strong)",
          "pattern": "\\b(?:binary|multi-?class|multi-?label)\\s+classif\\w*",
          "match": [
            "We train a binary classifier on labelled tickets.",
            "This is a multi-label classification problem."
          ],
          "nearMiss": [
            "The binary is shipped in a container.",
            "A multi-class taxonomy of products exists."
          ]
        },
        "classify": {
          "about": "framing — the word classify or classifier (weak)",
          "pattern": "\\bclassif(?:y|ies|ier|iers|ication)\\b",
          "match": [
            "The model classifies each review.",
            "A gradient-boosted classifier scores orders."
          ],
          "nearMiss": [
            "The class imbalance is 1:100.",
            "The classic approach uses rules."
          ]
        },
        "detection-task": {
          "about": "framing — a detection task named as one (strong)",
          "pattern": "\\b(?:fraud|spam|abuse|toxicity|anomaly|intrusion|defect|bot|phishing|churn)\\s+(?:detection|detector|classifier|classification|prediction)\\b",
          "match": [
            "Fraud detection runs on every payment.",
            "The spam classifier sees each message."
          ],
          "nearMiss": [
            "Fraud analysts review the queue.",
            "Bot traffic is filtered at the edge."
          ]
        },
        "detect-object": {
          "about": "framing — detecting a kind of bad thing (strong)",
          "pattern": "\\bdetect(?:s|ing)?\\s+(?:fraud\\w*|spam|abuse|abusive|toxic\\w*|harmful|anomal\\w+|defects?|phishing|bots?)\\b",
          "match": [
            "The service detects fraudulent orders.",
            "We are detecting toxic comments in real time."
          ],
          "nearMiss": [
            "The service detects the language of a query.",
            "Detection of duplicate uploads is out of scope."
          ]
        },
        "classification-domain": {
          "about": "framing — a domain that is usually a classification (weak)",
          "pattern": "\\b(?:fraud(?:ulent)?|spam|content moderation|harmful content|credit scoring|default risk)\\b",
          "match": [
            "Content moderation for the comments section.",
            "Credit scoring of new applicants."
          ],
          "nearMiss": [
            "The default configuration is in the repo.",
            "Credit card payments settle daily."
          ]
        },
        "approve-decline": {
          "about": "framing — a yes/no decision named as two outcomes (strong)",
          "pattern": "\\b(?:approve|accept)\\s*(?:\\/|or|and)\\s*(?:decline|reject|deny)\\b",
          "match": [
            "The model helps approve or decline loan requests.",
            "Each order is accept/reject."
          ],
          "nearMiss": [
            "Managers approve the budget.",
            "We accept the risk of a short outage."
          ]
        },
        "predict-whether": {
          "about": "framing — predicting whether something happens (strong)",
          "pattern": "\\bpredict(?:s|ing)?\\s+(?:whether|if)\\b",
          "match": [
            "The model predicts whether a user will churn.",
            "Predict if a payment is fraudulent."
          ],
          "nearMiss": [
            "We predict the weekly demand.",
            "Whether the model is retrained is up to the team."
          ]
        },
        "matching-task": {
          "about": "framing — a matching or binary-label task (strong)",
          "pattern": "\\b(?:match\\/no[- ]match|(?:entity|product|duplicate) matching|binary (?:task|problem|nature|label|labels|target|outcome))\\b",
          "match": [
            "Product matching across two catalogues.",
            "The binary target is default within 90 days."
          ],
          "nearMiss": [
            "Binary files are stored in S3.",
            "The matching engine pairs buyers and sellers."
          ]
        },
        "clinical-event": {
          "about": "framing — predicting or detecting a clinical event for a patient, which is a yes/no alert (strong)",
          "pattern": "\\b(?:sepsis|septic shock|readmissions?|(?:in-hospital )?mortality|(?:clinical )?deterioration|cardiac arrest|code blue|stroke|heart failure|acute kidney injury|AKI|disease|cancer|tumou?r|diabetes|no-shows?)\\s+(?:onset\\s+)?(?:prediction|detection|early[- ]warning|alerts?|alerting|screening)\\b",
          "match": [
            "A sepsis prediction model for the ward.",
            "Readmission prediction at discharge.",
            "The cardiac arrest early warning score."
          ],
          "nearMiss": [
            "Sepsis cases are rare in the data.",
            "Mortality rates are reported monthly.",
            "Disease names are normalised."
          ]
        },
        "screening": {
          "about": "framing — a screening or yes/no flagging task (weak)",
          "pattern": "\\b(?:screening|yes\\/no|flag(?:s|ged)? as)\\b",
          "match": [
            "Transactions are flagged as suspicious.",
            "A yes/no answer per candidate."
          ],
          "nearMiss": [
            "The flag is stored in the config.",
            "A screen shows the latest results."
          ]
        },
        "top-k-items": {
          "about": "framing — the top k items shown to a user (strong)",
          "pattern": "\\btop[- ]?(?:k|n|\\d{1,3})\\s+(?:items|products|results|recommendations|videos|posts|ads|documents|candidates|movies|songs)\\b",
          "match": [
            "Show the top 10 products for each query.",
            "Return top-k recommendations per user."
          ],
          "nearMiss": [
            "The top 10 customers by revenue.",
            "Top management signs off the plan."
          ]
        },
        "rank-items": {
          "about": "framing — ranking items for a user (strong)",
          "pattern": "\\brank(?:s|ing)?\\s+(?:\\d+|the|all|candidate|candidates|items|products|results|documents|videos|ads|posts|listings|hotels)\\b",
          "match": [
            "The model ranks candidate listings by relevance.",
            "We rank the results of each search."
          ],
          "nearMiss": [
            "The team ranks high on the survey.",
            "Each rank gets a badge."
          ]
        },
        "ranking-system": {
          "about": "framing — a ranking model, system or stage (strong)",
          "pattern": "\\b(?:ranking|re-?ranking)\\s+(?:model|problem|task|system|stage|layer|service)\\b",
          "match": [
            "The ranking model scores each pair.",
            "A re-ranking stage refines the top 100."
          ],
          "nearMiss": [
            "Ranking quality is reviewed weekly.",
            "Our ranking in the app store rose."
          ]
        },
        "ranking-domain": {
          "about": "framing — a ranking domain named as one (strong)",
          "pattern": "\\b(?:learning[- ]to[- ]rank|re-?ranker|search ranking|search relevance|ads ranking|feed ranking)\\b",
          "match": [
            "We use learning-to-rank on click logs.",
            "Search relevance is the main goal."
          ],
          "nearMiss": [
            "Learning rate warm-up is 500 steps.",
            "The search box is at the top."
          ]
        },
        "recommender-system": {
          "about": "framing — a recommender or recommendation system (strong)",
          "pattern": "\\b(?:recommender|recommendation)\\s+(?:system|engine|model|service|problem|task)s?\\b",
          "match": [
            "The recommendation engine serves the home page.",
            "Recommender systems need fresh interactions."
          ],
          "nearMiss": [
            "The recommendation of the review board was to wait.",
            "Our recommender of choice is the vendor tool."
          ]
        },
        "feed": {
          "about": "framing — a feed of content, which is ranked (strong)",
          "pattern": "\\b(?:news|home|social|video|content|activity|personali[sz]ed|main)\\s+feed\\b",
          "match": [
            "The news feed shows 20 posts per page.",
            "Ranking the personalised feed by predicted dwell time."
          ],
          "nearMiss": [
            "The data feed from the vendor arrives hourly.",
            "An RSS feed publishes release notes."
          ]
        },
        "recommend-items": {
          "about": "framing — recommending items to users (strong)",
          "pattern": "\\brecommend(?:s|ing)?\\s+(?:\\w+\\s+){0,2}(?:items|products|videos|posts|movies|songs|articles|content|restaurants|friends|ads|jobs|listings|hotels|courses)\\b",
          "match": [
            "The app recommends similar products to buyers.",
            "Recommending relevant jobs to each candidate."
          ],
          "nearMiss": [
            "We recommend weekly retraining.",
            "The board recommends a phased launch."
          ]
        },
        "ranking-hint": {
          "about": "framing — words that suggest ranking (weak)",
          "pattern": "\\b(?:carousel|personali[sz]ed ranking|similar (?:items|products|queries)|candidate generation|recommender)\\b",
          "match": [
            "A carousel of similar items below the product.",
            "Candidate generation pulls 500 items."
          ],
          "nearMiss": [
            "The candidate pool for the job is small.",
            "Similar results were seen last year."
          ]
        },
        "forecast": {
          "about": "framing — forecasting, which is a regression (strong)",
          "pattern": "\\bforecast(?:s|ing|ed|er)?\\b",
          "match": [
            "We forecast daily demand per store.",
            "The forecaster runs every night."
          ],
          "nearMiss": [
            "The weather station reports hourly.",
            "Forecourt sales are excluded."
          ]
        },
        "regression-model": {
          "about": "framing — a regression model named as one (strong)",
          "pattern": "\\b(?:regression (?:model|task|problem)|regressor|linear regression|quantile regression|time[- ]series prediction)\\b",
          "match": [
            "A quantile regression model gives the bounds.",
            "The gradient-boosted regressor predicts the price."
          ],
          "nearMiss": [
            "A regression in the last release broke the build.",
            "Regression tests run on every commit."
          ]
        },
        "predict-quantity": {
          "about": "framing — predicting an amount, price or time (strong)",
          "pattern": "\\bpredict(?:s|ing)?\\s+(?:the\\s+)?(?:demand|sales|price|prices|value|amount|number of|duration|delivery time|ETA|remaining useful life|RUL|lifetime value|LTV|revenue|quantity|volume|time to)\\b",
          "match": [
            "The model predicts the delivery time of each order.",
            "Predict the number of calls per hour."
          ],
          "nearMiss": [
            "The model predicts whether a call is spam.",
            "Prices are set by the pricing team."
          ]
        },
        "remaining-useful-life": {
          "about": "framing — remaining useful life of a machine (strong)",
          "pattern": "\\bremaining useful life\\b",
          "match": [
            "Estimate the remaining useful life of each pump."
          ],
          "nearMiss": [
            "The useful life of a laptop is three years."
          ]
        },
        "assistant": {
          "about": "framing — a chat or retrieval-augmented assistant (strong; as written: RAG in capitals)",
          "pattern": "\\b(?:RAG|retrieval[- ]augmented generation|chat ?bot|chat assistant|conversational (?:assistant|agent)|voice assistant|text generation)\\b",
          "caseSensitive": true,
          "match": [
            "A RAG pipeline answers support questions.",
            "The chatbot replies in the help center."
          ],
          "nearMiss": [
            "The rag doll category is seasonal.",
            "Conversational tone is preferred in the emails."
          ]
        },
        "generate-text": {
          "about": "framing — generating answers, text or summaries (strong)",
          "pattern": "\\bgenerat(?:e|es|ing|ion of)\\s+(?:an?\\s+)?(?:answers?|responses?|text|summaries|summary|replies|reply|captions?|descriptions?)\\b",
          "match": [
            "The model generates a summary of each call.",
            "Generating replies to customer emails."
          ],
          "nearMiss": [
            "The job generates a report of failures.",
            "Generation of features runs nightly."
          ]
        },
        "generation-hint": {
          "about": "framing — words that suggest text generation (weak)",
          "pattern": "\\b(?:LLMs?|large language models?|summari[sz](?:e|es|ing|ation)|generative|question answering)\\b",
          "match": [
            "An LLM drafts the reply.",
            "Question answering over the manuals."
          ],
          "nearMiss": [
            "The LLVM toolchain builds the binary.",
            "A generator powers the data center."
          ]
        },
        "ranking-metric": {
          "about": "framing — metrics of ranking (strong)",
          "pattern": "\\b(?:n?DCG|MRR|mean reciprocal rank|MAP@\\s*\\w+|mean average precision|(?:precision|recall|hit rate|hitrate|HR|MAP)\\s*(?:@|at\\s*)\\s*(?:k|\\d+)|hit rate|ranking AUC|coverage@\\w+|ERR@\\w+)",
          "match": [
            "NDCG@10 must reach 0.45.",
            "Recall@50 of the candidate stage.",
            "Mean reciprocal rank on the test queries."
          ],
          "nearMiss": [
            "Recall of the fraud class is 0.8.",
            "Map the regions to zones."
          ]
        },
        "precision-recall": {
          "about": "framing — precision or recall not at a cutoff, as in classification (strong)",
          "pattern": "\\b(?:precision|recall)\\b(?!\\s*(?:@|at\\s*\\d|at\\s*k\\b))",
          "match": [
            "Precision must stay above 0.9.",
            "Recall of the positive class is 0.75."
          ],
          "nearMiss": [
            "Recall@10 is the main metric.",
            "Precision at 5 on the test queries."
          ]
        },
        "classification-metric": {
          "about": "framing — metrics of classification (strong)",
          "pattern": "\\b(?:F1|F-1|F1[- ]score|F-score|F-measure|ROC[- ]?AUC|AUC[- ]?ROC|AUROC|PR[- ]?AUC|AUC[- ]?PR|AUPRC|log[- ]?loss|cross[- ]entropy|false positive rate|false negative rate|FPR|FNR|TPR|confusion matrix)\\b",
          "match": [
            "ROC-AUC on the holdout is 0.91.",
            "The F1 score must exceed 0.8.",
            "The false positive rate is capped at 2%."
          ],
          "nearMiss": [
            "The ROC curve is plotted for each release.",
            "Cross-team review of the plan."
          ]
        },
        "classification-loss-abbreviation": {
          "about": "framing — cross-entropy losses of classification written as capitals (NCE, BCE, CE), as written (strong)",
          "pattern": "\\b(?:N|B)?CE\\b",
          "caseSensitive": true,
          "match": [
            "Offline metrics: CE and NCE (normalized over baseline)",
            "BCE on the click label"
          ],
          "nearMiss": [
            "The CEO signs off the plan.",
            "Since 2019 the ce team has grown."
          ]
        },
        "accuracy-auc": {
          "about": "framing — accuracy or AUC, which lean to classification (weak)",
          "pattern": "\\b(?:accuracy|AUC)\\b",
          "match": [
            "Accuracy is 94% on the test set.",
            "AUC of 0.87."
          ],
          "nearMiss": [
            "Accurate timestamps are required.",
            "The AUCTION service is separate."
          ]
        },
        "regression-metric": {
          "about": "framing — metrics of regression and forecasting (strong)",
          "pattern": "\\b(?:RMSE|MAE|MAPE|sMAPE|WAPE|MSE|RMSLE|R²|R\\^2|R-squared|mean absolute (?:percentage )?error|mean squared error|pinball loss|quantile loss|forecast bias)\\b",
          "match": [
            "MAPE below 15% on weekly demand.",
            "Mean absolute error of the ETA is 3 minutes."
          ],
          "nearMiss": [
            "The mean time between failures is long.",
            "MAEstro is the name of the tool."
          ]
        },
        "generation-metric": {
          "about": "framing — metrics of generated text (strong)",
          "pattern": "\\b(?:BLEU|ROUGE(?:-\\w+)?|perplexity|BERTScore|METEOR|faithfulness|groundedness|hallucination rate|answer relevance|exact match)\\b",
          "match": [
            "ROUGE-L on the summaries is 0.41.",
            "Faithfulness is checked by a judge model.",
            "The hallucination rate must stay below 2%."
          ],
          "nearMiss": [
            "Meteorological data arrives hourly.",
            "The answer is relevant to the user."
          ]
        },
        "negation-before": {
          "about": "framing — words just before a task cue that say it is another system's or not this one (\"not a classification problem\")",
          "pattern": "\\b(?:not|n't|rather than|instead of|unlike|no|nor|neither|beyond|existing|current|legacy|upstream|downstream|other)\\s+(?:\\w+\\s+){0,3}$",
          "match": [
            "This is not a ",
            "Unlike the existing ",
            "Instead of the old "
          ],
          "nearMiss": [
            "We build a ",
            "The new system is a "
          ]
        },
        "declared-framing-word": {
          "about": "framing — the kind of problem a doc declares outright (\"X is a ranking problem\", \"Category: ranking\"); `means` maps each word to its framing",
          "fragment": true,
          "pattern": "classification|ranking|learning[- ]to[- ]rank|recommendation|regression|forecasting|generation|text generation",
          "means": {
            "classification": "classification",
            "ranking": "ranking",
            "learning-to-rank": "ranking",
            "learning to rank": "ranking",
            "recommendation": "ranking",
            "regression": "regression",
            "forecasting": "regression",
            "generation": "generation",
            "text generation": "generation"
          },
          "match": [
            "ranking",
            "classification",
            "forecasting"
          ],
          "nearMiss": [
            "rank",
            "classifier"
          ]
        },
        "declared-framing": {
          "about": "framing — a problem's kind declared outright: \"X is a ranking problem\", \"ML category: classification\" (a method, \"can be modeled as a classification problem\", declares nothing); the word is one of declared-framing-word",
          "pattern": "\\b(?:is|it's) (?:a|an)(?: (?:binary|multi-?class|supervised|standard|classic|typical))? (classification|ranking|learning[- ]to[- ]rank|recommendation|regression|forecasting|text generation|generation) (?:problem|task)\\b|\\b(?:ML |task |problem )?(?:category|type|formulation)\\s*:\\s*(classification|ranking|learning[- ]to[- ]rank|recommendation|regression|forecasting|text generation|generation)\\b",
          "match": [
            "Ad click prediction is a ranking problem",
            "Category: Ranking problem: solved with classifiers",
            "This is a supervised classification task."
          ],
          "nearMiss": [
            "The click behaviour can be modeled as a classification problem.",
            "Category: Textual data",
            "Ranking is a hard problem."
          ]
        }
      },
      "headings": {
        "and-joiner": {
          "about": "headings — the word that joins two parts of a normalised (lower-case) heading (\"risks and alternatives\"); each part may name a section; whole words",
          "fragment": true,
          "caseSensitive": true,
          "pattern": "and",
          "match": [
            "and"
          ],
          "nearMiss": [
            "or",
            "band",
            "&"
          ]
        }
      },
      "latency-budget-sum": {
        "total-label": {
          "about": "latency-budget-sum — the label of a row or item that gives the total of a budget",
          "pattern": "^[\\s*_]*(?:total|end[- ]to[- ]end|e2e|overall|sum|whole request|full request|budget)\\b",
          "match": [
            "Total",
            "**End-to-end**",
            "Whole request"
          ],
          "nearMiss": [
            "Retrieval",
            "Totals are per stage below"
          ]
        },
        "stage-header": {
          "about": "latency-budget-sum — a table header naming the stages a budget is split into",
          "pattern": "\\b(?:stage|step|component|hop|phase|service|part|segment|operation|call|layer)s?\\b",
          "match": [
            "Stage",
            "Component",
            "Service calls"
          ],
          "nearMiss": [
            "Budget (ms)",
            "Stagecoach"
          ]
        },
        "time-header": {
          "about": "latency-budget-sum — a table header naming the time of each stage",
          "pattern": "budget|latency|time|duration|\\bp\\d{2,3}\\b|\\bms\\b|\\bslo\\b",
          "match": [
            "Budget (ms)",
            "p99 latency",
            "Duration"
          ],
          "nearMiss": [
            "Owner",
            "Stage"
          ]
        },
        "statistic-label": {
          "about": "latency-budget-sum — a label that is a statistic of one number, not a stage (\"p50: 40 ms\")",
          "pattern": "^[\\s*_]*(?:p\\d{2,3}(?:\\.\\d+)?|median|mean|average|avg|max(?:imum)?|min(?:imum)?|peak|target|current|baseline)\\b",
          "match": [
            "p50",
            "Average",
            "**Max**"
          ],
          "nearMiss": [
            "Feature fetch",
            "Meanwhile the cache warms"
          ]
        },
        "budget-statement": {
          "about": "latency-budget-sum — a statement that gives the end-to-end budget",
          "pattern": "\\b(?:end[- ]to[- ]end|e2e|total|overall|whole request|page (?:render|load))\\b|\\blatency budget\\b|\\bbudget\\b",
          "match": [
            "End-to-end latency must stay under 300 ms.",
            "The latency budget is 200 ms.",
            "Page load under 1 s."
          ],
          "nearMiss": [
            "Feature fetch takes 20 ms.",
            "Totally new features."
          ]
        },
        "latency-context": {
          "about": "latency-budget-sum — a list or its lead-in that is about latency",
          "pattern": "\\blatenc|\\bbudget\\b|\\bresponse time\\b|\\bms\\b",
          "match": [
            "Latency per stage:",
            "Budget split",
            "Each stage in ms"
          ],
          "nearMiss": [
            "Stages of the rollout:",
            "Budgetary approval"
          ]
        },
        "latency-topic": {
          "about": "latency-budget-sum — a budget statement that is about latency or response time",
          "pattern": "latenc|budget|respon|render|p\\d\\d",
          "match": [
            "The latency budget is 200 ms.",
            "Render within 1 s.",
            "p99 under 300 ms"
          ],
          "nearMiss": [
            "The total cost is $400.",
            "Training takes 3 hours."
          ]
        }
      },
      "latency-serving-mismatch": {
        "model-subject": {
          "about": "latency-serving-mismatch — a statement about the model's own time (what runs inside the request)",
          "pattern": "\\b(?:model|inference|forward pass|scoring|predictions?|classifier|ranker|re-?ranker|encoder|LLM|embedding (?:model|lookup))\\b",
          "match": [
            "Model inference takes 80 ms.",
            "The re-ranker adds 40 ms.",
            "An embedding lookup costs 5 ms."
          ],
          "nearMiss": [
            "The page renders in 300 ms.",
            "Modelling choices are in the appendix."
          ]
        },
        "budget-words": {
          "about": "latency-serving-mismatch — words that make a time a budget of the request",
          "pattern": "\\b(?:end[- ]to[- ]end|e2e|total|overall|page (?:render|load)|response time|budget|SLA|SLO|requirement|required|must|target|p9[59]\\b)",
          "match": [
            "End-to-end p99 under 200 ms.",
            "The SLA is 300 ms.",
            "Page load must stay fast."
          ],
          "nearMiss": [
            "Inference takes 40 ms.",
            "Scoring is done per request."
          ]
        },
        "off-path": {
          "about": "latency-serving-mismatch — work done ahead of time or away from the request path",
          "pattern": "\\b(?:batch|nightly|offline|precomput\\w*|pre-comput\\w*|daily|hourly|weekly|training|trains?|retrain\\w*|fine-?tun\\w*|backfill\\w*|cron|jobs?|cached|cache)\\b",
          "match": [
            "The nightly batch job scores all users.",
            "Embeddings are precomputed and cached."
          ],
          "nearMiss": [
            "Each request is scored online.",
            "The offloaded queue is empty."
          ]
        },
        "comparison": {
          "about": "latency-serving-mismatch — alternatives weighed or rejected: their latency is why they lost",
          "pattern": "\\b(?:vs\\.?|versus|compared|instead|rejected|ruled out|too slow|would|could|alternatives?|baseline|previous|legacy|was|were|if)\\b",
          "match": [
            "A cross-encoder was too slow at 400 ms.",
            "We ruled out the large model.",
            "Compared with the baseline, it is faster."
          ],
          "nearMiss": [
            "The ranker takes 30 ms per request.",
            "Wasps are out of scope."
          ]
        },
        "alternatives-section": {
          "about": "latency-serving-mismatch — headings of sections that weigh alternatives",
          "pattern": "trade-?offs?|alternatives?|options|risks?|comparison|decision|rejected|considered|benchmark",
          "match": [
            "Trade-offs",
            "Alternatives considered",
            "Benchmark results"
          ],
          "nearMiss": [
            "Serving architecture",
            "Latency budget"
          ]
        },
        "latency-words": {
          "about": "latency-serving-mismatch — words that make a time a latency or a duration per request",
          "pattern": "latenc|\\btakes?\\b|\\bruns? in\\b|inference time|per (?:request|call|prediction|query|item|page)|\\bto (?:score|respond|answer|rank)\\b|\\bp\\d\\d\\b|respon",
          "match": [
            "Inference takes 120 ms.",
            "30 ms per request",
            "Time to score is p99 40 ms"
          ],
          "nearMiss": [
            "Training data covers 90 days.",
            "The model has 12 layers."
          ]
        },
        "requirement": {
          "about": "latency-serving-mismatch — words that make a time a requirement",
          "pattern": "\\b(?:must|should|shall|needs? to|has to|required?|target|budget|SLA|SLO|goal)\\b",
          "match": [
            "Scoring must finish in 50 ms.",
            "The target is 100 ms."
          ],
          "nearMiss": [
            "Scoring finished in 50 ms last week.",
            "Goalkeepers are a feature."
          ]
        },
        "latency-topic": {
          "about": "latency-serving-mismatch — a budget statement that is about latency or response time",
          "pattern": "latenc|respon|render|budget|SLA|SLO|p9\\d|end[- ]to[- ]end",
          "match": [
            "The latency budget is 200 ms.",
            "Response time under 1 s.",
            "p99 under 300 ms"
          ],
          "nearMiss": [
            "Throughput of 500 QPS.",
            "The cost per month is $400."
          ]
        },
        "budget-named": {
          "about": "latency-serving-mismatch — a statement that names the budget outright (a time in it counts without a bound word)",
          "pattern": "budget|SLA|SLO",
          "match": [
            "Latency budget: 150 ms",
            "SLO 200 ms p99"
          ],
          "nearMiss": [
            "Latency is 150 ms.",
            "The median latency is 40 ms."
          ]
        }
      },
      "latency-unquantified": {
        "data-noun-after": {
          "about": "latency-unquantified — the words right after \"real-time\" that make it a kind of data or tooling, not a speed to meet",
          "pattern": "^[- ]?(?:(?:streaming|ML|model|user|bi-?directional|security|threat)\\s+)?(?:events?|data|streams?|streaming|features?|feature store|logs?|signals?|updates?|feeds?|ingestion|pipelines?|analytics|dashboards?|monitoring|metrics|alerts?|alerting|processing|bidding|collaboration|communication|chat|messaging|transactions? data|clickstream|sensor|telemetry|tracking|visibility|insights?|reporting|traffic data|information|context|inputs?|view|sync|notifications?|interactions?|access|debugging|threat analysis|transcription|counters?|aggregates?|aggregations?|statistics|stats|tables?|indexing|index)\\b",
          "match": [
            " data from the sensors",
            "-streaming events",
            " feature store",
            " dashboards for ops"
          ],
          "nearMiss": [
            " scoring of every payment",
            " and must answer in 100 ms"
          ]
        },
        "negated-before": {
          "about": "latency-unquantified — the words right before a speed word that say it is not needed, or one option among others",
          "pattern": "\\b(?:not|no|non|without|never|nor|isn't|aren't|doesn't|don't|won't|cannot|can't|instead of|rather than|vs\\.?|versus|or)\\s*[- ]?(?:[\\w-]+\\s+){0,3}$",
          "match": [
            "This does not need to be ",
            "Scoring runs in batch rather than ",
            "We chose nightly jobs instead of "
          ],
          "nearMiss": [
            "Scoring must be ",
            "The ranking service is "
          ]
        },
        "mode-contrast": {
          "about": "latency-unquantified — real-time named as one serving mode among others (\"real-time vs batch\")",
          "pattern": "\\b(?:vs\\.?|versus|batch (?:or|and|vs)|(?:or|and) (?:daily |nightly |offline )?batch|batch processing and|instead of)\\b",
          "match": [
            "Real-time vs batch scoring was compared.",
            "Scores are computed in real time or nightly batch."
          ],
          "nearMiss": [
            "Scores are computed in real time for each click.",
            "The batch size is 64."
          ]
        },
        "requirement-words": {
          "about": "latency-unquantified — words that make a statement a requirement",
          "pattern": "\\b(?:must|should|shall|needs? to|has to|have to|required?|requires|requirements?|expected to|goal|target|SLA|SLO|constraint)\\b",
          "match": [
            "The API must respond quickly.",
            "The SLO is low latency for search."
          ],
          "nearMiss": [
            "The API responded quickly last quarter.",
            "Musty data is dropped."
          ]
        },
        "requirement-section": {
          "about": "latency-unquantified — headings of sections that hold requirements (matched anywhere in the heading)",
          "pattern": "requirement|constraint|performance|latency|\\bSLA|\\bSLO|non-functional|\\bNFR|service level|speed",
          "match": [
            "Non-functional requirements",
            "Latency and throughput",
            "Service level objectives"
          ],
          "nearMiss": [
            "Data sources",
            "Model architecture"
          ]
        },
        "time-words": {
          "about": "latency-unquantified — time units spelled out, which make a vague word a question of number",
          "pattern": "\\b(?:milliseconds?|seconds?|minutes?|hours?)\\b",
          "match": [
            "answers within seconds",
            "a few hours"
          ],
          "nearMiss": [
            "a timely answer",
            "the hourly job"
          ]
        },
        "risk-section": {
          "about": "latency-unquantified — headings of sections about risks, where speed words describe what could go wrong",
          "pattern": "\\brisks?\\b|failure modes|limitations|threats",
          "match": [
            "Risks and mitigations",
            "Known limitations",
            "Failure modes"
          ],
          "nearMiss": [
            "Rollout plan",
            "Risky launches"
          ]
        },
        "sibling-latency": {
          "about": "latency-unquantified — a list item about request latency (beside a vague speed item)",
          "pattern": "latenc|respon|\\bp\\d{2,3}\\b|round[- ]trip|end[- ]to[- ]end",
          "match": [
            "Latency p99 under 200 ms",
            "Response time 1 s",
            "p95 end-to-end 300 ms"
          ],
          "nearMiss": [
            "Throughput 2,000 QPS",
            "Training takes 4 hours"
          ]
        },
        "off-request": {
          "about": "latency-unquantified — a time that is not a request's (training, batch jobs)",
          "pattern": "\\b(?:train(?:ing|ed)?|batch|nightly|offline|retrain\\w*)\\b",
          "match": [
            "Training takes 3 hours",
            "Nightly batch finishes in 40 minutes"
          ],
          "nearMiss": [
            "Latency 120 ms at p99",
            "The trainee guide"
          ]
        },
        "budget-fill-in": {
          "about": "latency-unquantified — a latency left as a fill-in (\"[X] ms\"), which placeholder-text reports",
          "pattern": "\\[[^\\]\\n]{1,20}\\]\\s*(?:ms|s|sec|seconds?|milliseconds?)\\b|\\[[^\\]\\n]*\\b(?:ms|milliseconds?)\\b[^\\]\\n]*\\]",
          "match": [
            "[X] ms",
            "p99 under [N] seconds",
            "[budget in ms]"
          ],
          "nearMiss": [
            "[1] Smith et al.",
            "200 ms"
          ]
        },
        "vague-speed": {
          "about": "latency-unquantified — a vague speed word or phrase (\"low latency\", \"real-time\", \"responds quickly\"); quickly counts only when it says how fast the system answers",
          "pattern": [
            "\\b(?:ultra[- ]?)?low[- ]latency\\b",
            "\\bminimal latency\\b",
            "\\bfast enough\\b",
            "\\bas fast as possible\\b",
            "\\b(?:near[- ])?real[- ]?time\\b",
            "\\b(?:must|should|shall|will|cannot|can't|does not|doesn't|never)\\s+(?:not\\s+)?lag\\b",
            "\\bwithout (?:noticeable |perceptible )?lag\\b",
            "\\b(?:respond(?:s|ed)?|response|return(?:s|ed)?|answer(?:s|ed)?|load(?:s|ed)?|render(?:s|ed)?|serve[sd]?|score[sd]?|react(?:s|ed)?|detect(?:s|ed)?|flag(?:s|ged)?|block(?:s|ed)?|come back|comes back)\\s+(?:\\w+\\s+){0,3}?(?:very\\s+|as\\s+)?quickly\\b",
            "\\bquickly\\s+(?:enough\\s+)?(?:respond|return|answer|load|render|serve|score|react|detect|flag|block)\\b",
            "\\binstant(?:aneous)?(?:ly)?\\s+(?:response|responses|results|answers?|feedback|predictions?|recommendations?)\\b"
          ],
          "match": [
            "The service must have low latency.",
            "Scoring happens in near real-time.",
            "The API must respond very quickly.",
            "Users get instant recommendations.",
            "The page must load without noticeable lag."
          ],
          "nearMiss": [
            "The flight is delayed.",
            "The quick-start guide is in the wiki.",
            "The real timeline is two weeks.",
            "Fast Fourier transform features."
          ]
        },
        "real-time": {
          "about": "latency-unquantified — a vague speed phrase that says real-time (then the words after it may make it a kind of data)",
          "pattern": "real[- ]?time",
          "match": [
            "real-time",
            "near realtime"
          ],
          "nearMiss": [
            "low latency",
            "fast enough"
          ]
        },
        "latency-named": {
          "about": "latency-unquantified — latency named as a need, with or without a number (the rule checks the doc gives one somewhere)",
          "pattern": "\\blatenc(?:y|ies)\\b|\\bresponse[- ]times?\\b|\\btime to (?:respond|answer|first token)\\b|\\binference (?:time|latency)\\b",
          "match": [
            "Latency: can vary for different categories",
            "Requirements: response time, accuracy, scalability",
            "Inference time per request"
          ],
          "nearMiss": [
            "The response was positive.",
            "Time to market is three months.",
            "Latent factors of the model"
          ]
        },
        "latency-as-requirement": {
          "about": "latency-unquantified — latency named, then called a requirement (read from the latency word on)",
          "pattern": "^\\S+(?:\\s+\\S+)?\\s+(?:requirements?|targets?|budgets?|SLAs?|SLOs?|constraints?|goals?|needs?)\\b",
          "match": [
            "latency requirements and scale",
            "response time targets are strict",
            "latency budget of the API"
          ],
          "nearMiss": [
            "latency problems with the vendor",
            "latency and impedance mismatch",
            "response times, and any error rates"
          ]
        },
        "real-time-serving": {
          "about": "latency-unquantified — real-time serving named as a component or a need at the head of an item (\"- **Real-time inference.** Deploy …\"): with no latency number anywhere in the doc, the speed it needs is unsaid",
          "pattern": "\\b(?:near[- ])?real[- ]?time (?:inference|serving|scoring|predictions?|decisions?|matching|recommendations?|ranking|detection)\\b",
          "match": [
            "Real-time inference. Deploy the model behind the API.",
            "Near real-time scoring of each claim"
          ],
          "nearMiss": [
            "Real-time dashboards for the ops team",
            "Batch inference runs nightly"
          ]
        }
      },
      "metric-threshold": {
        "comparison": {
          "about": "metric-threshold — a target said as a comparison with something named, or a placeholder another rule reports",
          "pattern": "[≥≤]|(?<![-=<>])[<>]=?(?![-<>])\\s*(?:[-+~≈]?\\s*[$€£]?\\.?\\d|\\[|[A-Za-z\\u0400-\\u04FF]{2,})|(?<![-=<>!])=(?![=>])\\s*(?:[-+~≈]?\\s*[$€£]?\\.?\\d|\\[)|\\b(?:better than|worse than|no worse|at least|at most|as good as|on par with|parity with|(?:than|vs\\.?|versus|beats?|above|below) (?:the )?(?:baseline|current|control|existing|incumbent)|outperform\\w*|exceeds? (?:the )?\\w+|higher than|lower than|up from|down from|improve\\w* (?:over|on|by|from)|(?:is|stays?|remains?) the same|the same or|not (?:fall|drop|decreas|declin|worsen)\\w*|no (?:drop|decrease|decline|degradation|regression|increase|rise|growth)|non-?inferior\\w*|increase\\w* (?:by|from|to)|(?:expected|required|should|must|needs?) to (?:increase|decrease|grow|rise|fall|drop|improve|decline|go (?:up|down)|stay|remain|maintain)|decrease\\w* (?:by|from|to)|reduc\\w* (?:by|from|to)|double|halve)\\b|\\[[^\\]]*\\]|\\bTBD\\b|\\bTODO\\b",
          "match": [
            "Recall no worse than the current model",
            "CTR above the control",
            "Precision ≥ 0.9",
            "No drop in conversion",
            "Latency: [TBD]",
            "No increase in customer complaints",
            "Recall > baseline",
            "Precision >= 0.8",
            "WAPE = 0.12",
            "Revenue (expected to increase)"
          ],
          "nearMiss": [
            "Recall of the fraud class",
            "Conversion rate in the app",
            "embeddings -> softmax -> cross entropy <- labels",
            "uplift = difference of response rates",
            "skip when time < t",
            "Revenue grew last year"
          ]
        },
        "not-a-criterion": {
          "about": "metric-threshold — a metric mentioned rather than set as a criterion (a prompt, a trade-off, a definition, a step of a procedure)",
          "pattern": "\\?|:\\s*$|\\bvs\\.?\\s|\\bversus\\b|\\btrade-?offs?\\b|^(?:description|definition|importance|formula|example|why|note|pros?|cons?|how)\\s*:|\\b(?:isn't|is not|doesn't|does not|cannot|can't)\\b|^(?:sort|calculate|compute|split|train|rank|group|take|select|divide|collect|plot|repeat|average)\\b",
          "match": [
            "Which metric matters most?",
            "Precision vs. recall",
            "Definition: share of flagged items that are fraud",
            "Compute recall on each fold"
          ],
          "nearMiss": [
            "Recall of the fraud class ≥ 0.8",
            "Precision on the holdout set"
          ]
        },
        "metric-header": {
          "about": "metric-threshold — a table header naming the metrics",
          "pattern": "\\b(?:metric|kpi|measure|indicator|criterion|criteria)s?\\b",
          "match": [
            "Metric",
            "KPIs",
            "Success criteria"
          ],
          "nearMiss": [
            "Owner",
            "Target"
          ]
        },
        "target-header": {
          "about": "metric-threshold — a table header naming the target of each metric",
          "pattern": "\\b(?:target|threshold|goal|success|pass|acceptance|bar|min(?:imum)?|max(?:imum)?|expected|required|requirement)\\b",
          "match": [
            "Target",
            "Threshold",
            "Minimum bar",
            "Expected value"
          ],
          "nearMiss": [
            "Metric",
            "Notes"
          ]
        },
        "goal-verb": {
          "about": "metric-threshold — a list item that opens with a goal verb sets a criterion",
          "pattern": "^(?:achieve|reach|reduce|increase|improve|decrease|maintain|keep|grow|lift|raise|lower|cut|boost|minimi[sz]e|maximi[sz]e|hit|attain|deliver|drive|save)\\b",
          "match": [
            "Reduce manual review time",
            "Maximise recall on rare classes",
            "Keep churn flat"
          ],
          "nearMiss": [
            "The review time is long",
            "Recall is reported weekly"
          ]
        },
        "options-intro": {
          "about": "metric-threshold — the lead-in of a list of options to choose from, not criteria",
          "pattern": "\\b(?:options?|alternatives?|choices|candidates|ideas)\\b[^.]{0,40}:\\s*$",
          "match": [
            "ML objective options:",
            "Candidates for the main metric:",
            "Alternatives we considered for the loss:"
          ],
          "nearMiss": [
            "Success metrics:",
            "Options are weighed in the appendix."
          ]
        },
        "lower-is-better": {
          "about": "metric-threshold — metrics that should go down (errors, losses, costs, times), so an example target reads \"≤\", not \"≥\"",
          "pattern": "\\b(?:\\w+ )?error(?: rate)?s?\\b|\\bloss\\b|entropy|perplexity|\\b(?:WER|CER|MAE|MSE|RMSE|MAPE|WAPE|SMAPE|FPR|FNR|NCE)\\b|false (?:positive|negative) rate|latency|churn|\\bcost\\b|time to \\w+|time spent waiting",
          "match": [
            "WAPE",
            "word error rate",
            "cross entropy",
            "false negative rate",
            "RMSE"
          ],
          "nearMiss": [
            "Recall@10",
            "precision",
            "CTR",
            "time spent"
          ]
        },
        "chosen-metric": {
          "about": "metric-threshold — a metric named as the one chosen to judge the system (\"the primary metric will be\", \"base metrics are\"), which then needs a target somewhere in the doc",
          "pattern": "\\b(?:chosen|primary|main|key|base|north[- ]star|headline|principal|selected|target) (?:(?:offline|online|business|ML|evaluation|success|quality) )?metrics?\\b(?! (?:of|for) (?:each|every|the other)| dashboards?| tables?| pages?)",
          "match": [
            "The chosen metric for evaluation will be accuracy.",
            "The primary metric is recall of the fraud class.",
            "Base metrics are uplift_max and AUQC.",
            "Our north-star metric is weekly retention."
          ],
          "nearMiss": [
            "Metrics are chosen per market.",
            "Secondary metrics are logged for analysis.",
            "The main metrics dashboard is public."
          ]
        },
        "metric-identifier": {
          "about": "metric-threshold — a metric the vocabulary does not know, written as an identifier or an acronym (\"uplift_max\", \"AUQC\") after the words that choose it",
          "pattern": "\\b(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]{2,}(?:@\\w+)?)\\b",
          "caseSensitive": true,
          "match": [
            "uplift_max",
            "AUQC",
            "qini_auc"
          ],
          "nearMiss": [
            "uplift",
            "The",
            "Accuracy"
          ]
        },
        "chosen-direction": {
          "about": "metric-threshold — a direction stated for a chosen metric (\"target metrics increased\", \"must not fall\"): a criterion against control, not a metric left without a bar",
          "pattern": "\\b(?:increas|decreas|grow|grew|rais|lift|improv|reduc|declin|fall|fell|drop|rise|rose)\\w*\\b",
          "match": [
            "Target metric (GMV, purchases) increased",
            "Primary metric: churn reduced"
          ],
          "nearMiss": [
            "The primary metric is recall of the fraud class",
            "Base metrics are uplift_max and AUQC"
          ]
        }
      },
      "metrics": {
        "offline": {
          "about": "metrics — offline ML metrics, computable from labelled data before launch",
          "fragment": true,
          "pattern": [
            "(?:ROC[- ]?|PR[- ]?)?AUC(?:[- ]?(?:ROC|PR))?",
            "AUPRC",
            "AUROC",
            "Gini",
            "KS(?: statistic)?",
            "F1(?:[- ]?score)?",
            "F[- ]?(?:beta|score|measure|0\\.5|2)",
            "n?DCG(?:@\\s?\\d+)?",
            "MRR",
            "MAP(?:@\\s?\\d+)?",
            "mAP",
            "precision(?:@\\s?\\d+| at \\d+)?",
            "recall(?:@\\s?\\d+| at \\d+)?",
            "accuracy",
            "top-\\d+ accuracy",
            "RMSE",
            "RMSLE",
            "MSE",
            "MAE",
            "MAPE",
            "sMAPE",
            "WAPE",
            "WMAPE",
            "MASE",
            "R2",
            "R²",
            "R-squared",
            "log[- ]?loss",
            "cross[- ]entropy",
            "Brier(?: score)?",
            "calibration(?: error)?",
            "ECE",
            "BLEU",
            "ROUGE(?:-[L\\d])?",
            "METEOR",
            "BERTScore",
            "perplexity",
            "WER",
            "CER",
            "word error rate",
            "IoU",
            "mIoU",
            "hit rate",
            "hit@\\s?\\d+",
            "HR@\\s?\\d+",
            "exact match",
            "specificity",
            "sensitivity",
            "false positive rate",
            "false negative rate",
            "true positive rate",
            "FPR",
            "FNR",
            "TPR",
            "pinball loss",
            "quantile loss",
            "faithfulness",
            "groundedness",
            "answer relevance",
            "coverage@\\d+",
            "N?CE",
            "normali[sz]ed cross[- ]entropy",
            "agreement rate",
            "inter-annotator agreement",
            "Cohen's kappa",
            "kappa"
          ],
          "match": [
            "ROC-AUC",
            "F1 score",
            "NDCG@10",
            "recall at 5",
            "MAPE",
            "word error rate",
            "Cohen's kappa"
          ],
          "nearMiss": [
            "revenue",
            "latency",
            "precision agriculture",
            "AUCTION"
          ]
        },
        "online": {
          "about": "metrics — online and business metrics, measured in production or an A/B test",
          "fragment": true,
          "pattern": [
            "CTR",
            "click[- ]?through(?: rate)?",
            "clicks?",
            "conversions?(?: rate)?",
            "revenue",
            "GMV",
            "sales",
            "profits?",
            "margins?",
            "retention",
            "churn",
            "engagement",
            "time (?:spent|saved|on site|on page)",
            "watch time",
            "dwell time",
            "session (?:length|duration|time)",
            "ARPU",
            "LTV",
            "CLV",
            "lifetime value",
            "NPS",
            "CSAT",
            "satisfaction",
            "complaints?",
            "user reports?",
            "support tickets?",
            "handle time",
            "resolution rate",
            "deflection(?: rate)?",
            "bookings?",
            "orders?",
            "purchases?",
            "basket size",
            "add[- ]to[- ]cart",
            "sign[- ]?ups?",
            "subscriptions?",
            "cost savings?",
            "costs?",
            "savings",
            "(?:fraud |financial |net )?loss(?:es)? in \\$",
            "(?:fraud|financial|net) loss(?:es)?",
            "chargebacks?",
            "write[- ]?offs?",
            "stock[- ]?outs?",
            "waste",
            "approval rate",
            "manual reviews?",
            "analyst (?:time|hours)",
            "A/B",
            "DAU",
            "MAU",
            "active users",
            "uplift",
            "incremental",
            "(?:screening|review|processing|handling|turnaround|waiting|wait|resolution|delivery) time",
            "time[- ]to[- ]\\w+",
            "workload",
            "abandonment",
            "bounce rate",
            "response rate",
            "open rate",
            "adoption",
            "usage",
            "acceptance rate",
            "win rate"
          ],
          "match": [
            "CTR",
            "conversion rate",
            "fraud losses",
            "loss in $",
            "time to resolution",
            "watch time",
            "support tickets"
          ],
          "nearMiss": [
            "ROC-AUC",
            "recall",
            "time series",
            "clickbait"
          ]
        },
        "online-kind-label": {
          "about": "metric-pairing — a heading or list label that files the metrics under it as online or business metrics, whatever their names (\"End-to-end metrics\", \"Online:\")",
          "pattern": "^(?:(?:online|business|end[- ]?to[- ]?end|system[- ]?level|north[- ]?star)(?: (?:metrics?|kpis?|success metrics|evaluation))?|(?:product|live|production) (?:metrics?|kpis?))$",
          "match": [
            "end-to-end metrics",
            "online",
            "business kpis",
            "product metrics",
            "online evaluation"
          ],
          "nearMiss": [
            "offline metrics",
            "component level metrics",
            "business objective",
            "production readiness",
            "production"
          ]
        },
        "offline-kind-label": {
          "about": "metric-pairing — a heading or list label that files the metrics under it as offline ML metrics, whatever their names (\"Offline metrics\", \"Model metrics:\")",
          "pattern": "^(?:(?:offline|component[- ]?level|model[- ]?level)(?: (?:metrics?|evaluation))?|(?:model|ml) (?:metrics?|evaluation))$",
          "match": [
            "offline metrics",
            "model metrics",
            "offline",
            "component level metrics",
            "offline evaluation"
          ],
          "nearMiss": [
            "online metrics",
            "model architecture",
            "ml platform",
            "model"
          ]
        }
      },
      "objective-weights": {
        "weights-label": {
          "about": "objective-weights — the lead-in of a list of objective weights",
          "pattern": "\\b(?:weights?|weighting|weighted(?: as follows)?)\\b[^.!?]{0,60}:\\s*$",
          "match": [
            "The objective is weighted as follows:",
            "Weights of the blended score:"
          ],
          "nearMiss": [
            "Weights are tuned weekly.",
            "Weightlifting stats:"
          ]
        },
        "weights-heading": {
          "about": "objective-weights — a heading about weights",
          "pattern": "\\bweight(?:s|ing)?\\b",
          "match": [
            "Objective weights",
            "Weighting"
          ],
          "nearMiss": [
            "Weighted sampling",
            "Model size"
          ]
        },
        "weight-header": {
          "about": "objective-weights — a table header for the weight of each term",
          "pattern": "^(?:objective\\s+)?weight(?:s|ing)?\\b|\\bweight\\s*(?:\\(%\\)|%)?$",
          "match": [
            "Weight",
            "Weight (%)",
            "Objective weight"
          ],
          "nearMiss": [
            "Weighted score",
            "Term"
          ]
        },
        "total-row": {
          "about": "objective-weights — the row or item that gives the total of the weights",
          "pattern": "^\\s*\\**(?:total|sum|overall)\\b",
          "match": [
            "Total",
            "**Sum**",
            "overall"
          ],
          "nearMiss": [
            "Subtotal",
            "Term"
          ]
        }
      },
      "ownership": {
        "owner-keys": {
          "about": "ownership — front-matter keys that name an owner (the whole key)",
          "pattern": "^(?:owners?|owning[-_ ]team|team|on[-_ ]?call|sla|slo|maintainers?|dri)$",
          "match": [
            "owner",
            "owning_team",
            "on-call",
            "SLA",
            "DRI"
          ],
          "nearMiss": [
            "author",
            "reviewers"
          ]
        },
        "availability": {
          "about": "ownership — an availability target (with a share of 90–100%)",
          "pattern": "\\b(?:availability|uptime)\\b",
          "match": [
            "Availability 99.9%",
            "Monthly uptime of 99.5%"
          ],
          "nearMiss": [
            "Available features",
            "Unavailable for now"
          ]
        },
        "serves-traffic": {
          "about": "ownership — words of a service that takes traffic (as opposed to a library, a model card or a guide)",
          "pattern": "\\b(?:QPS|RPS|requests? (?:per|a) second|req\\/s|p9[59]|p50|latency|serving|served|DAU|MAU|daily active|production traffic|live traffic|in production)\\b",
          "match": [
            "Peak 2,000 QPS",
            "p99 latency under 100 ms",
            "Serving on Kubernetes"
          ],
          "nearMiss": [
            "The library exposes one function.",
            "Latent factors of the model."
          ]
        },
        "owner-words": {
          "about": "ownership — someone named as owning, operating or paging for the system, or promising a service level",
          "pattern": [
            "\\b(?:owners?|ownership|owned by|owning team|DRI|directly responsible individual|maintained by|operated by)\\b",
            "\\b(?:on-?call|pager ?duty|pages? the|paging|escalation (?:path|policy|policies))\\b",
            "\\b(?:SLAs?|SLOs?|service level (?:agreement|objective)s?)\\b",
            "\\b(?:responsible for (?:operating|running|maintaining|supporting)|(?:team|squad) (?:operates|runs|maintains|owns|supports) (?:the|this|it))\\b"
          ],
          "match": [
            "Owned by the payments ML team.",
            "The on-call rotation of the risk team pages.",
            "SLOs are set for availability.",
            "The search squad runs the service."
          ],
          "nearMiss": [
            "The model is retrained weekly.",
            "Callers pass a user ID."
          ]
        }
      },
      "placeholder-text": {
        "level-choice": {
          "about": "placeholder-text — a High/Med/Low choice left from a template, anywhere in the text",
          "pattern": "\\b(?:High|Med(?:ium)?|Low|H|M|L)(?:\\s*\\/\\s*(?:High|Med(?:ium)?|Low|H|M|L)){2}\\b",
          "match": [
            "Impact: High/Medium/Low",
            "Likelihood (H/M/L)"
          ],
          "nearMiss": [
            "Impact: High",
            "Highlights/lowlights"
          ]
        },
        "fill-in-words": {
          "about": "placeholder-text — words that mark a bracketed phrase as a fill-in rather than a label like [Adv] or [ENG]",
          "pattern": "\\b(name|names|date|dates|description|describe|insert|your|value|number|threshold|metric|metrics|kpi|kpis|owner|team|link|url|title|project|timeline|impact|target|amount|email|details|option|choice|reason|rationale|mitigation|here|fill|placeholder|e\\.g|example|choose|select|tbd|todo|x|n|y|ms|percent|version|budget|cost|latency|model|dataset|source|sources|author|company|product|feature|list|add|specify|link)\\b",
          "match": [
            "insert date",
            "your team",
            "owner name",
            "e.g. 200 ms"
          ],
          "nearMiss": [
            "Adv",
            "ENG",
            "optional"
          ]
        },
        "editorial-note": {
          "about": "placeholder-text — an editorial mark in brackets (\"[sic]\"), not a fill-in; the whole bracket's content",
          "pattern": "^(sic|citation needed|sic!)$",
          "match": [
            "sic",
            "citation needed",
            "SIC!"
          ],
          "nearMiss": [
            "sick leave",
            "citation"
          ]
        },
        "deferral-after": {
          "about": "placeholder-text — the words right after \"TBD\" that say when it gets decided (an open item with its resolution point, not a template leftover)",
          "pattern": "^\\s*(?:\\w+\\s+)?(?:during|after|until|once|pending|when|in phase|in the next|at the|by the)\\b",
          "match": [
            " during implementation",
            " after the pilot",
            " until the vendor replies",
            " once legal signs off"
          ],
          "nearMiss": [
            "",
            ": add the cost table",
            " ms",
            ")"
          ]
        },
        "aside-sentence": {
          "about": "placeholder-text — a bracket that holds the author's own statement (\"[Another option is to use 3D CNNs]\"), not a slot to fill in",
          "pattern": "^(?:another|an|the|this|that|it|we|they|one|there)\\s.*\\b(?:is|are|was|were|can|could|would|might|will)\\s+\\w+",
          "match": [
            "Another option is to use 3D CNNs",
            "This could also be a GRU",
            "We might swap in a smaller encoder"
          ],
          "nearMiss": [
            "The team name",
            "Describe the option chosen",
            "Name of the owner"
          ]
        }
      },
      "privacy": {
        "negated": {
          "about": "privacy — words just before personal data that say it is not used (\"No PII is used\", \"without personal data\")",
          "pattern": "\\b(?:no|not|never|without|nor|free of|excludes?|excluding|removed?|strip(?:ped)?|drop(?:ped)?)\\b[^.;]{0,40}$",
          "match": [
            "No ",
            "The features exclude ",
            "Logs are stripped of "
          ],
          "nearMiss": [
            "We store ",
            "The model reads "
          ]
        }
      },
      "quantities": {
        "time-words": {
          "about": "quantities — time units spelled out after a number (\"200 milliseconds\"); the symbols ms, s, h stay in code",
          "fragment": true,
          "pattern": "milliseconds?|millis|microseconds?|nanoseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?",
          "means": {
            "millisecond": "ms",
            "milliseconds": "ms",
            "millis": "ms",
            "microsecond": "µs",
            "microseconds": "µs",
            "nanosecond": "ns",
            "nanoseconds": "ns",
            "second": "s",
            "seconds": "s",
            "minute": "min",
            "minutes": "min",
            "hour": "h",
            "hours": "h",
            "day": "d",
            "days": "d",
            "week": "wk",
            "weeks": "wk",
            "month": "mo",
            "months": "mo",
            "year": "yr",
            "years": "yr"
          },
          "match": [
            "milliseconds",
            "Seconds",
            "day",
            "millis"
          ],
          "nearMiss": [
            "secondary",
            "hourly",
            "moment"
          ]
        },
        "period": {
          "about": "quantities — the period of a rate or a price (\"per day\", \"/s\", \"a month\")",
          "fragment": true,
          "pattern": "s|sec|secs|second|min|minute|h|hr|hour|d|day|wk|week|mo|month|yr|year",
          "means": {
            "s": "s",
            "sec": "s",
            "secs": "s",
            "second": "s",
            "min": "min",
            "minute": "min",
            "h": "h",
            "hr": "h",
            "hour": "h",
            "d": "d",
            "day": "d",
            "wk": "wk",
            "week": "wk",
            "mo": "mo",
            "month": "mo",
            "yr": "yr",
            "year": "yr"
          },
          "match": [
            "second",
            "day",
            "wk",
            "hour"
          ],
          "nearMiss": [
            "days",
            "session",
            "daily"
          ]
        },
        "rate-nouns": {
          "about": "quantities — what a rate counts before its period (\"2,000 requests per second\")",
          "fragment": true,
          "pattern": "requests?|reqs?|queries|query|predictions?|inferences?|calls?|events?|messages?|msgs?|transactions?|txns?|lookups?|records?|rows?|docs?|documents?|images?|tokens?|items?|writes?|reads?|ops|operations?|scores?|page ?views?|impressions?|clicks?|emails?|orders?|payments?|searches|sessions?|users?|decisions?|samples?|jobs?|updates?|logins?|applications?|claims?|uploads?|videos?|posts?|hits?",
          "match": [
            "requests",
            "page views",
            "events",
            "inferences"
          ],
          "nearMiss": [
            "seconds",
            "latency",
            "requesters"
          ]
        },
        "rate-abbreviations": {
          "about": "quantities — rates written as one abbreviation after a number (\"500 QPS\")",
          "fragment": true,
          "pattern": "rps|qps|tps|qpm|rpm|eps|ops/s",
          "means": {
            "rps": "req/s",
            "qps": "req/s",
            "tps": "req/s",
            "eps": "req/s",
            "ops/s": "req/s",
            "qpm": "req/min",
            "rpm": "req/min"
          },
          "match": [
            "qps",
            "RPS",
            "ops/s"
          ],
          "nearMiss": [
            "qpsx",
            "ops",
            "rpms"
          ]
        },
        "percent-words": {
          "about": "quantities — a share after a number, as a sign or in words (\"5 percent\", \"3 pp\")",
          "fragment": true,
          "pattern": "%|percent\\b|per ?cent\\b|pp\\b|p\\.p\\.|pts?\\b|percentage points?\\b|points\\b",
          "match": [
            "%",
            "percent",
            "per cent",
            "percentage points",
            "p.p."
          ],
          "nearMiss": [
            "percentile",
            "pointer",
            "pence"
          ]
        },
        "currency-words": {
          "about": "quantities — a currency named after an amount (\"40 USD\", \"3 euros\"); as written, capitals for codes",
          "fragment": true,
          "caseSensitive": true,
          "pattern": "USD|dollars?|EUR|euros?|GBP|pounds?",
          "match": [
            "USD",
            "dollars",
            "euro",
            "GBP"
          ],
          "nearMiss": [
            "usd",
            "Euros",
            "pound cake"
          ]
        },
        "count-nouns": {
          "about": "quantities — what a count after a number counts (\"2M users\", \"40 GPUs\")",
          "fragment": true,
          "pattern": "daily active users|monthly active users|weekly active users|DAUs?|MAUs?|WAUs?|users?|customers?|members?|subscribers?|accounts?|merchants?|sellers?|buyers?|drivers?|riders?|patients?|employees?|visitors?|people|players?|devices?|requests?|queries|events?|transactions?|rows?|records?|samples?|examples?|images?|documents?|docs?|items?|products?|listings?|videos?|songs?|articles?|posts?|ads?|sessions?|clicks?|impressions?|labels?|features?|parameters?|params?|tokens?|messages?|emails?|orders?|calls?|claims?|applications?|loans?|stores?|SKUs?|pages?|files?|nodes?|GPUs?|CPUs?|instances?|replicas?|servers?|machines?|pods?|shards?|predictions?|candidates?|restaurants?|hotels?|homes?|properties|cards?|reviews?|tickets?|cases?|searches|creators?|advertisers?|vehicles?|trips?|installs?|downloads?|households?|students?|borrowers?|applicants?|classes|categories|languages?|queries?|units?|signals?|embeddings?|vectors?|entities|interactions?",
          "match": [
            "users",
            "daily active users",
            "GPUs",
            "listings"
          ],
          "nearMiss": [
            "milliseconds",
            "percent",
            "userspace"
          ]
        },
        "user-nouns": {
          "about": "quantities — count nouns that are people using the product (a count of them is a count of users)",
          "pattern": "^(daily active users|monthly active users|weekly active users|daus?|maus?|waus?|users?|customers?|members?|subscribers?|accounts?|visitors?|people|players?|riders?|drivers?|patients?|students?|borrowers?|applicants?|households?)$",
          "match": [
            "users",
            "DAU",
            "subscribers",
            "monthly active users"
          ],
          "nearMiss": [
            "requests",
            "user sessions",
            "GPUs"
          ]
        },
        "multiplier-words": {
          "about": "quantities — a multiplier spelled out after a number (\"3 million\", \"2 bn\"); K, M, B stay in code",
          "fragment": true,
          "pattern": "thousand|million|billion|trillion|mil|bn|mn",
          "means": {
            "thousand": 1000,
            "million": 1000000,
            "mil": 1000000,
            "mn": 1000000,
            "bn": 1000000000,
            "billion": 1000000000,
            "trillion": 1000000000000
          },
          "match": [
            "million",
            "Billion",
            "bn"
          ],
          "nearMiss": [
            "millions",
            "mile",
            "thousands"
          ]
        },
        "comparator-words": {
          "about": "quantities — a bound said in words just before a number (\"no more than 200 ms\"), with the comparison it means",
          "fragment": true,
          "pattern": "under|below|less than|fewer than|lower than|at most|no more than|not more than|no greater than|not to exceed|not exceed|never exceeds?|within|up to|max(?:imum)?|at least|no less than|no fewer than|min(?:imum)?|more than|greater than|higher than|over|above|exceeds?|exceeding|approximately|approx\\.?|about|around|roughly|circa|nearly|almost|sub-",
          "means": {
            "under": "<",
            "below": "<",
            "less than": "<",
            "fewer than": "<",
            "lower than": "<",
            "sub-": "<",
            "at most": "<=",
            "no more than": "<=",
            "not more than": "<=",
            "no greater than": "<=",
            "not to exceed": "<=",
            "not exceed": "<=",
            "never exceed": "<=",
            "never exceeds": "<=",
            "within": "<=",
            "up to": "<=",
            "max": "<=",
            "maximum": "<=",
            "at least": ">=",
            "no less than": ">=",
            "no fewer than": ">=",
            "min": ">=",
            "minimum": ">=",
            "more than": ">",
            "greater than": ">",
            "higher than": ">",
            "over": ">",
            "above": ">",
            "exceeds": ">",
            "exceed": ">",
            "exceeding": ">",
            "approximately": "~",
            "approx": "~",
            "approx.": "~",
            "about": "~",
            "around": "~",
            "roughly": "~",
            "circa": "~",
            "nearly": "~",
            "almost": "~"
          },
          "match": [
            "no more than",
            "at least",
            "approx.",
            "sub-",
            "Within"
          ],
          "nearMiss": [
            "more",
            "than",
            "overall",
            "exactly"
          ]
        },
        "rate-per": {
          "about": "quantities — the word or sign between a rate's noun and its period (\"requests per second\", \"orders a day\", \"events/s\"); whole phrases",
          "fragment": true,
          "pattern": "/|per\\b|an?\\b|every\\b",
          "match": [
            "per",
            "a",
            "every",
            "/"
          ],
          "nearMiss": [
            "perhaps",
            "each",
            "in"
          ]
        },
        "money-per": {
          "about": "quantities — the word or sign before the period of a price (\"$40 per month\", \"$5 a day\"); whole phrases",
          "fragment": true,
          "pattern": "/\\s*|per\\s+|an?\\s+",
          "match": [
            "per ",
            "a ",
            "/ "
          ],
          "nearMiss": [
            "every ",
            "per",
            "each "
          ]
        },
        "percentile": {
          "about": "quantities — a percentile named before a number (\"p99 of 120 ms\", \"95th percentile\", \"median\"). The code reads its groups by number (1: the number after p, 2: the ordinal's number, 3: median): another language needs its own entry in the same shape",
          "pattern": "\\b(?:p(\\d{2,3}(?:\\.\\d+)?)|(\\d{2}(?:\\.\\d+)?)(?:th|st|nd|rd)[\\s-]+percentile|(median))\\b",
          "match": [
            "p99 latency of 120 ms",
            "the 95th percentile is 80 ms",
            "median 40 ms"
          ],
          "nearMiss": [
            "percentiles are reported",
            "p5 of the appendix",
            "the mean is 40 ms"
          ]
        },
        "percentile-after": {
          "about": "quantities — a percentile named right after a number (\"120 ms at p99\", \"80 ms (95th percentile)\"); groups as in percentile",
          "pattern": "^\\s*\\(?\\s*(?:at\\s+(?:the\\s+)?)?(?:p(\\d{2,3}(?:\\.\\d+)?)|(\\d{2}(?:\\.\\d+)?)(?:th|st|nd|rd)[\\s-]+percentile)\\b",
          "match": [
            " at p99",
            " (95th percentile)",
            " at the 99th percentile"
          ],
          "nearMiss": [
            " on average",
            " per request"
          ]
        },
        "range-words": {
          "about": "quantities — a word between the two numbers of a range (\"1 to 5 s\"); `after-opener` means it joins a range only after a range opener (\"between 50 and 200 ms\"); as written, lower case",
          "fragment": true,
          "caseSensitive": true,
          "pattern": "to|and",
          "means": {
            "to": "range",
            "and": "after-opener"
          },
          "match": [
            "to",
            "and"
          ],
          "nearMiss": [
            "To",
            "or",
            "till"
          ]
        },
        "range-opener": {
          "about": "quantities — the word right before a range's first number that lets \"and\" join the second (\"between 50 and 200 ms\")",
          "pattern": "\\bbetween\\s+[$€£]?$",
          "match": [
            "latency between ",
            "costs between $"
          ],
          "nearMiss": [
            "latency below ",
            "in between the two "
          ]
        },
        "sub-prefix": {
          "about": "quantities — \"sub-\" before a number (\"sub-100 ms\"): a prefix, not a minus sign",
          "pattern": "\\bsub-$",
          "match": [
            "sub-",
            "Sub-"
          ],
          "nearMiss": [
            "sub",
            "club-"
          ]
        }
      },
      "risk-table": {
        "level-choice": {
          "about": "risk-table — \"High/Med/Low\" left from the template (placeholder-text's finding, not a wrong level); the whole cell",
          "pattern": "^\\s*(high|med(ium)?|low|h|m|l)(\\s*\\/\\s*(high|med(ium)?|low|h|m|l)){2}\\s*$",
          "match": [
            "High/Medium/Low",
            "H / M / L"
          ],
          "nearMiss": [
            "High",
            "Medium-high"
          ]
        }
      },
      "rollback-plan": {
        "rollback": {
          "about": "rollback-plan — a way back: roll back, revert, fall back, a kill switch",
          "pattern": "\\b(roll(?:ing|ed|s)?[\\s-]?backs?|revert(?:s|ed|ing)?\\b|fall[\\s-]?backs?|kill[\\s-]?switch(?:es)?|back[\\s-]?out|switch(?:es|ing)? back|go(?:ing)? back to the (?:old|previous|current|existing))",
          "match": [
            "We roll back to the previous model.",
            "A kill switch turns the feature off.",
            "Traffic switches back to the rules engine."
          ],
          "nearMiss": [
            "The model rolls out to 5% first.",
            "Feedback from users is collected."
          ]
        },
        "rollback-heading": {
          "about": "rollback-plan — a heading (normalised, lower-case) of a section about going back",
          "pattern": "\\b(roll ?back|fall ?back|kill switch|revert|contingency|back ?out)\\b",
          "caseSensitive": true,
          "match": [
            "rollback plan",
            "fallback",
            "contingency"
          ],
          "nearMiss": [
            "rollout plan",
            "feedback loop"
          ]
        },
        "placeholder-only": {
          "about": "rollback-plan — a statement that is only a placeholder (the plan is still to write)",
          "pattern": "^\\s*(\\[[^\\]]*\\]|tbd|tba|todo|to do|xxx|\\?+|<[^>]+>|\\{\\{.*\\}\\}|n\\/?a|-+|—)?\\s*\\.?\\s*$",
          "match": [
            "TBD",
            "[describe the rollback]",
            "n/a",
            "—"
          ],
          "nearMiss": [
            "Revert to v1 if recall drops.",
            "TBD by Friday: the rollback owner"
          ]
        },
        "label": {
          "about": "rollback-plan — a paragraph or item labelled as the way back (\"Fallback:\", \"**Rollback plan:**\")",
          "pattern": "^\\s*(?:\\*\\*)?[^:\\n]{0,40}(?:roll ?-?back|fall ?-?back|kill switch|revert)[^:\\n]{0,20}:(?:\\*\\*)?",
          "match": [
            "Fallback: the rules engine",
            "**Rollback plan:** redeploy v3",
            "Kill switch: a feature flag"
          ],
          "nearMiss": [
            "Rollout: 5% for a week",
            "Owner: the risk team"
          ]
        },
        "condition": {
          "about": "rollback-plan — words of a condition that say when to roll back",
          "pattern": "\\b(if|when|whenever|once|on|upon|should|exceeds?|exceeding|drops?|falls?|rises?|spikes?|above|below|over|under|breach\\w*|more than|less than|crosses|hits?|reaches)\\b|[<>≤≥]",
          "match": [
            "Roll back if precision drops below 0.8.",
            "Revert when p99 exceeds 300 ms."
          ],
          "nearMiss": [
            "Roll back the deployment with one command.",
            "Revert the commit by hand."
          ]
        }
      },
      "rollout-phases": {
        "phase-label": {
          "about": "rollout-phases — the label of one rollout phase (a heading, a list item, a row)",
          "pattern": "^\\s*(?:\\*\\*|__)?\\s*(?:(?:phase|stage|wave|step)\\s*(?:\\d+|[ivx]+\\b|[a-e]\\b)|(?:offline validation|shadow(?: mode| deployment| launch)?|canary|pilot|beta|alpha|dogfood(?:ing)?|internal (?:beta|launch|rollout)|a\\/b test|ramp[\\s-]?up|gradual (?:rollout|ramp)|full (?:rollout|production|launch|traffic)|general availability)\\b)",
          "match": [
            "Phase 1: shadow mode",
            "**Canary** (5%)",
            "Stage II",
            "Internal beta"
          ],
          "nearMiss": [
            "Phases are listed below.",
            "The phaseout of v1"
          ]
        },
        "traffic-after": {
          "about": "rollout-phases — the words right after a share that make it a share of traffic or users",
          "pattern": "^\\s*(?:of\\s+)?(?:(?:the|all|our|live|production|eligible|new)\\s+)*(?:traffic|users|requests|customers|sessions|members|accounts|merchants|sellers|population|cohort|exposure|rollout|canary|queries|visitors|stores|markets?)\\b",
          "match": [
            " of traffic",
            " of all eligible users",
            " of production requests"
          ],
          "nearMiss": [
            " of the training data",
            " precision"
          ]
        },
        "traffic-before": {
          "about": "rollout-phases — the words right before a share that make it a share of traffic",
          "pattern": "(?:traffic|rollout|roll out|ramp(?:ed|ing)?(?: up)?|expand(?:ed|ing)?|exposure|canary|route[sd]?|increase traffic|serve[sd]?)(?:\\s+(?:to|at|of))?\\s*[:=(]?\\s*$",
          "match": [
            "Traffic: ",
            "ramp up to ",
            "route to "
          ],
          "nearMiss": [
            "Precision at ",
            "Recall: "
          ]
        },
        "criterion": {
          "about": "rollout-phases — what must hold before moving on from a phase",
          "pattern": "\\b(success criteri(?:a|on)|exit criteri(?:a|on)|criteria|gates?|go\\/no[\\s-]?go|proceed (?:if|when|once|only)|promot\\w+|advance|move (?:on|to)|graduat\\w+|until|sign[\\s-]?off|approv\\w+|must (?:meet|pass|show|stay|hold|not)|targets?|thresholds?|no (?:significant |statistically significant )?(?:regression|degradation|drop|increase)|if (?:metrics|results|kpis?|numbers|all)|better|outperform\\w*|beats?|no worse|parity|significan\\w+|guardrails?|slos?|passe?s?|stable|healthy|roll ?back if|revert if|exit (?:when|if|once|after)|holds?|or (?:more|less|better|higher|lower|above|below)|at (?:least|most)|no (?:lower|higher|less|more|worse) than|(?:than|vs\\.?|versus) (?:the )?(?:control|baseline))\\b|[<>≤≥]\\s*\\d",
          "match": [
            "Proceed when the error rate stays flat.",
            "Exit criteria: no regression in CTR",
            "Promote if p99 < 200 ms",
            "Go/no-go review with the risk team"
          ],
          "nearMiss": [
            "The phase lasts a week.",
            "Users see the new ranking."
          ]
        },
        "environment-step": {
          "about": "rollout-phases — a numbered step of a rollout that moves the system into an environment or audience (\"Flip the flag on in staging\", \"Promote to prod\"): a phase written as a step",
          "pattern": "\\b(?:in|to|on|into) (?:the )?(?:staging|stage environment|pre-?prod(?:uction)?|prod(?:uction)?|canary|shadow mode|all users|everyone)\\b|\\bpromot\\w* (?:it )?to\\b",
          "match": [
            "Flip the flag on in staging and run the eval set.",
            "Promote to prod.",
            "Roll out to all users."
          ],
          "nearMiss": [
            "Merge the branch behind a flag.",
            "Write the release notes."
          ]
        }
      },
      "scale-numbers": {
        "user-words": {
          "about": "scale-numbers — a figure of users (daily or monthly active)",
          "pattern": "\\b(?:DAU|MAU|WAU|daily active|monthly active|active users)\\b",
          "match": [
            "2M DAU",
            "monthly active users: 5M",
            "Active users grow 10% a year."
          ],
          "nearMiss": [
            "The user base is loyal.",
            "Monthly reports go to finance."
          ]
        },
        "online-serving": {
          "about": "scale-numbers — signs that the system answers requests as they come (online inference, real-time scoring, an endpoint, a latency budget): it needs serving capacity, so peak load matters",
          "pattern": [
            "\\bonline (?:inference|serving|predictions?|scoring|model serving|recommendations?|service|decisions?)\\b",
            "\\breal[- ]?time (?:inference|serving|predictions?|scoring|recommendations?|detection|decisions?|ranking|personali[sz]ation|API|service|fraud (?:check|detection|scoring))\\b",
            "\\bat request time\\b",
            "\\brequest[- ]time\\b",
            "\\bREST(?:ful)? API\\b",
            "\\b(?:prediction|inference|scoring|serving) endpoints?\\b",
            "\\blatency (?:budget|requirements?|SLA|SLO|target)\\b",
            "\\bp9[59] latency\\b",
            "\\bserv(?:e|es|ing) (?:predictions|recommendations|requests|traffic|users|ads|results|scores)\\b",
            "\\b(?:at|during) checkout\\b",
            "\\bpage (?:load|render)\\b"
          ],
          "match": [
            "The model serves predictions via a REST API.",
            "Real-time fraud scoring at checkout.",
            "The latency budget is 100 ms.",
            "Scores are computed at request time."
          ],
          "nearMiss": [
            "Scores are written to a table each night.",
            "The online course covers the basics.",
            "Real-time clocks are synced."
          ]
        },
        "peak-words": {
          "about": "scale-numbers — a figure of peak load named in words",
          "pattern": "\\b(?:QPS|RPS|requests? per second|peak)\\b",
          "match": [
            "Peak QPS: [number]",
            "requests per second at peak"
          ],
          "nearMiss": [
            "Sessions per user",
            "The peaked cap"
          ]
        },
        "versus": {
          "about": "scale-numbers — serving named as one side of a comparison (\"online vs batch\")",
          "pattern": "\\b(?:vs\\.?|versus)\\s",
          "match": [
            "Online vs batch scoring",
            "online versus offline inference"
          ],
          "nearMiss": [
            "Online scoring for every visit.",
            "The vsync setting"
          ]
        },
        "users-per-period": {
          "about": "scale-numbers — users counted per day or month (\"about 40 users a day\"): any number beside it is a figure",
          "pattern": "\\b(?:users?|visitors?|customers?|analysts?|agents?) (?:per|a|each) (?:day|week|month)\\b",
          "match": [
            "about 40 users a day",
            "300 visitors per day"
          ],
          "nearMiss": [
            "users pay a monthly fee",
            "the user's day view"
          ]
        }
      },
      "split-leakage": {
        "training-context": {
          "about": "split-leakage — a split of training data (not of users into an experiment)",
          "pattern": "\\b(?:train(?:ing)?|test(?:ing)?|validation|validate|hold-?out|eval(?:uation)?|dev set|data ?set|folds?)\\b",
          "match": [
            "Rows are split randomly into train and test.",
            "A random holdout of 10%.",
            "Five folds"
          ],
          "nearMiss": [
            "Users are split randomly into two arms.",
            "Attestation is required."
          ]
        },
        "experiment-context": {
          "about": "split-leakage — a split of users or traffic into an A/B experiment",
          "pattern": "\\b(?:A\\/B|control|treatment|experiment|traffic|bucket(?:s|ed)?|cohorts? of users|users are)\\b",
          "match": [
            "Users are randomly assigned to control or treatment.",
            "Traffic is split at random into buckets."
          ],
          "nearMiss": [
            "The data is split at random into train and test.",
            "Controlled vocabulary is used."
          ]
        },
        "temporal": {
          "about": "split-leakage — a later period held out, or a split that already respects time",
          "pattern": "\\b(?:temporal(?:ly)?|time[- ]based|time[- ]ordered|chronolog\\w*|out[- ]of[- ]time|by (?:date|time|day|week|month|timestamp)|following (?:day|week|month|quarter|period)|next (?:day|week|month|quarter)|later (?:period|days?|weeks?|months?)|most recent|last \\d+ (?:days|weeks|months)|future|walk[- ]forward|rolling|backtest\\w*|forward[- ]chaining|time ?series ?split|expanding window|(?:train|fit)\\w* on (?:the )?(?:past|earlier|older)|(?:validat|test|evaluat)\\w* on (?:the )?(?:following|next|later|last|latest|most recent|subsequent))\\b",
          "match": [
            "The last 30 days are held out as a test set.",
            "We use a time-based split.",
            "Train on the past, test on the following month."
          ],
          "nearMiss": [
            "Rows are split at random.",
            "A futuristic design."
          ]
        },
        "negated": {
          "about": "split-leakage — words just before a random split that say it is avoided",
          "pattern": "\\b(?:not|never|no|avoid(?:s|ing)?|instead of|rather than|don't|do not|without|against|leaks?|leakage)\\b[^.]{0,30}$",
          "match": [
            "We do not use a ",
            "Instead of a ",
            "this would leak through a "
          ],
          "nearMiss": [
            "We use a ",
            "The test set is a "
          ]
        },
        "time-ordered": {
          "about": "split-leakage — data that is ordered in time (logs, events, transactions, sessions)",
          "pattern": "\\b(?:transactions?|clicks?|click-?stream|events?|(?:event|server|access|query|search|usage|interaction|app) logs?|logs|sessions?|time[- ]series|impressions?|(?:sales|purchase|order|transaction|browsing|watch|viewing) histor(?:y|ies)|daily (?:sales|demand|orders)|timestamps?|sensor (?:readings|data)|telemetry|streams?)\\b",
          "match": [
            "Two years of card transactions",
            "Search logs from the app",
            "Daily sales per store"
          ],
          "nearMiss": [
            "Product images from the catalogue",
            "Eventually the team will grow."
          ]
        },
        "random-split": {
          "about": "split-leakage — a random or shuffled split (\"split randomly\", \"random 80/20 split\", \"shuffled and split\")",
          "pattern": [
            "\\b(?:random(?:ly)?|shuffl(?:e|ed|ing)|at random)\\b(?:\\s+[\\w/%-]+){0,4}?\\s+(?:split|splits|splitting|partition(?:s|ed|ing)?|divided|divide|assigned|sampled into|hold-?outs?)\\b",
            "\\b(?:split|splits|splitting|partition(?:ed)?|divided?)\\b(?:\\s+[\\w/%-]+){0,5}?\\s+(?:random(?:ly)?|at random|after shuffling|with shuffl\\w+)\\b",
            "\\btrain_test_split\\b",
            "\\bshuffl(?:e|es|ed|ing)\\s+(?:the\\s+)?(?:train(?:ing)?|test|validation)(?:\\s+(?:and|\\/|with)\\s+(?:the\\s+)?(?:train(?:ing)?|test|validation))\\s+(?:data|sets?|samples|records|rows)\\b"
          ],
          "match": [
            "The data is split randomly into train and test.",
            "A random 80/20 split of the rows.",
            "Shuffled and split into five folds.",
            "sklearn train_test_split with shuffle",
            "We shuffle train and test data before each run."
          ],
          "nearMiss": [
            "Traffic is split across two regions.",
            "Randomness of the seeds is fixed.",
            "We shuffle the training data within each epoch."
          ]
        },
        "forecast": {
          "about": "split-leakage — a task described as forecasting (its data is a history in time)",
          "pattern": "forecast",
          "match": [
            "forecast",
            "Demand forecasting"
          ],
          "nearMiss": [
            "prediction of churn"
          ]
        }
      },
      "table-cells": {
        "placeholder-cell": {
          "about": "table-cells — a table cell that is only a placeholder (risk-table, tradeoff-table): placeholder-text reports it",
          "pattern": "^\\s*(\\[[^\\]]*\\]|tbd|tba|todo|\\?+|<[^>]+>|\\{\\{.*\\}\\})\\s*$",
          "match": [
            "TBD",
            "[fill in]",
            "<level>",
            "??",
            "{{ owner }}"
          ],
          "nearMiss": [
            "TBD by the risk team",
            "High"
          ]
        }
      },
      "table-semantics": {
        "chosen-header": {
          "about": "table-semantics — trade-off table: the column with the option chosen (a lower-cased table header)",
          "pattern": "^(chosen|choice|our choice|selected|selection|decision|recommend(ed|ation)|pick(ed)?|winner|verdict|we chose|final choice|outcome)\\b",
          "caseSensitive": true,
          "match": [
            "chosen",
            "our choice",
            "recommendation",
            "decision"
          ],
          "nearMiss": [
            "options considered",
            "the choice of metric is later"
          ]
        },
        "rationale-header": {
          "about": "table-semantics — trade-off table: the column that says why (a lower-cased table header)",
          "pattern": "^(rationale|why|reason(s|ing)?|justification|because|why chosen|why this)\\b|\\b(rationale|justification)\\b",
          "caseSensitive": true,
          "match": [
            "rationale",
            "why chosen",
            "reasoning",
            "short justification"
          ],
          "nearMiss": [
            "notes",
            "whyte index"
          ]
        },
        "option-header": {
          "about": "table-semantics — trade-off table: a column for one option compared (a lower-cased table header)",
          "pattern": "^(option|alternative|candidate|approach)\\s*([a-z]|\\d+|#\\d+)?\\s*$|^(option|alternative|candidate)\\s*([a-z]|\\d+)\\b",
          "caseSensitive": true,
          "match": [
            "option a",
            "alternative 2",
            "candidate #3",
            "approach"
          ],
          "nearMiss": [
            "optional fields",
            "approach to labelling"
          ]
        },
        "dimension-header": {
          "about": "table-semantics — trade-off table: the column naming what is compared (a lower-cased table header)",
          "pattern": "^(aspect|dimension|area|component|concern|criterion|criteria|question|topic|category|layer|factor|decision point|trade-?off)s?\\b",
          "caseSensitive": true,
          "match": [
            "aspect",
            "criteria",
            "trade-offs",
            "decision point"
          ],
          "nearMiss": [
            "cost",
            "option b"
          ]
        },
        "likelihood-header": {
          "about": "table-semantics — risk table: the likelihood column (a lower-cased table header)",
          "pattern": "\\b(likelihood|probability|chance|frequency|odds|likely)\\b",
          "caseSensitive": true,
          "match": [
            "likelihood",
            "probability (1-5)",
            "how likely"
          ],
          "nearMiss": [
            "impact",
            "unlikelihoodness"
          ]
        },
        "impact-header": {
          "about": "table-semantics — risk table: the impact column (a lower-cased table header)",
          "pattern": "\\b(impact|severity|consequence|effect|damage|blast radius)\\b",
          "caseSensitive": true,
          "match": [
            "impact",
            "severity",
            "blast radius"
          ],
          "nearMiss": [
            "likelihood",
            "impactful ideas"
          ]
        },
        "rating-header": {
          "about": "table-semantics — risk table: one column rating the risk as a whole (a lower-cased table header)",
          "pattern": "^(risk\\s*)?(level|rating|score|priority|exposure)\\b|^overall risk\\b",
          "caseSensitive": true,
          "match": [
            "risk level",
            "rating",
            "overall risk",
            "priority"
          ],
          "nearMiss": [
            "owner",
            "the level of detail"
          ]
        },
        "mitigation-header": {
          "about": "table-semantics — risk table: the column saying how a risk is handled (a lower-cased table header)",
          "pattern": "\\b(mitigation|mitigations|mitigate|response|contingency|countermeasure|remediation|safeguard|how to (prevent|handle|mitigate)|handling|control|plan|fallback)\\b",
          "caseSensitive": true,
          "match": [
            "mitigation",
            "how to prevent",
            "contingency plan",
            "response"
          ],
          "nearMiss": [
            "owner",
            "likelihood"
          ]
        },
        "risk-header": {
          "about": "table-semantics — risk table: the column naming the risks (a lower-cased table header)",
          "pattern": "^(risk|risks|risk description|risk item|failure mode|failure|threat|hazard|issue|what could go wrong|scenario)s?\\b",
          "caseSensitive": true,
          "match": [
            "risk",
            "failure modes",
            "what could go wrong",
            "threat"
          ],
          "nearMiss": [
            "owner",
            "mitigation of the risk"
          ]
        },
        "baseline-header": {
          "about": "table-semantics — degradation table: the normal value of a metric (a lower-cased table header)",
          "pattern": "^(baseline|current|normal|healthy|expected|nominal|today|launch value|steady state|green)\\b|\\bbaseline\\b",
          "caseSensitive": true,
          "match": [
            "baseline",
            "healthy",
            "current value",
            "expected (p50)"
          ],
          "nearMiss": [
            "alert",
            "rollback"
          ]
        },
        "alert-header": {
          "about": "table-semantics — degradation table: the warning level (a lower-cased table header)",
          "pattern": "\\b(yellow|amber|alert|warn|warning|investigate|watch|degraded)\\b",
          "caseSensitive": true,
          "match": [
            "alert",
            "warn at",
            "yellow"
          ],
          "nearMiss": [
            "baseline",
            "rollback when"
          ]
        },
        "rollback-header": {
          "about": "table-semantics — degradation table: the level that rolls back or pages (a lower-cased table header)",
          "pattern": "\\b(red|rollback|roll back|roll-back|critical|page|revert|kill)\\b",
          "caseSensitive": true,
          "match": [
            "rollback",
            "red",
            "page on-call"
          ],
          "nearMiss": [
            "alert",
            "paged results",
            "redundancy"
          ]
        },
        "metric-header": {
          "about": "table-semantics — degradation table: the metric column (a lower-cased table header)",
          "pattern": "^(metric|metrics|signal|kpi|indicator|measure)\\b",
          "caseSensitive": true,
          "match": [
            "metric",
            "signal",
            "kpi"
          ],
          "nearMiss": [
            "value of the metric",
            "metrical"
          ]
        },
        "error-case-header": {
          "about": "table-semantics — cost-of-error table: the column naming the kind of error (a lower-cased table header)",
          "pattern": "^(scenario|error|error type|case|outcome|mistake|prediction error|failure type)\\b",
          "caseSensitive": true,
          "match": [
            "error type",
            "scenario",
            "outcome"
          ],
          "nearMiss": [
            "cost",
            "the error budget"
          ]
        },
        "cost-header": {
          "about": "table-semantics — cost-of-error table: what an error costs (a lower-cased table header)",
          "pattern": "\\b(cost|impact|loss|harm|price|consequence)\\b",
          "caseSensitive": true,
          "match": [
            "cost",
            "business impact",
            "expected loss"
          ],
          "nearMiss": [
            "scenario",
            "costume"
          ]
        },
        "action-header": {
          "about": "table-semantics — cost-of-error table: what is done about an error (a lower-cased table header)",
          "pattern": "^(action|response|decision|policy|what we do|tolerance|acceptable)\\b",
          "caseSensitive": true,
          "match": [
            "action",
            "what we do",
            "tolerance"
          ],
          "nearMiss": [
            "cost",
            "the action items"
          ]
        },
        "phase-header": {
          "about": "table-semantics — rollout table: the phase column (a lower-cased table header)",
          "pattern": "^(phase|stage|step|wave|milestone|rollout stage|ring)\\b",
          "caseSensitive": true,
          "match": [
            "phase",
            "rollout stage",
            "milestone"
          ],
          "nearMiss": [
            "traffic",
            "the phase of the moon"
          ]
        },
        "traffic-header": {
          "about": "table-semantics — rollout table: the share of traffic or users (a lower-cased table header)",
          "pattern": "\\b(traffic|exposure|users|share|% of|percent|audience|population|rollout %|ramp)\\b|^%$",
          "caseSensitive": true,
          "match": [
            "traffic",
            "% of users",
            "exposure",
            "%"
          ],
          "nearMiss": [
            "phase",
            "trafficking report"
          ]
        },
        "criterion-header": {
          "about": "table-semantics — rollout table: the criterion to move on (a lower-cased table header)",
          "pattern": "\\b(exit|success|criteria|criterion|gate|go\\/no-go|promotion|advance when|proceed when|guardrail|threshold)\\b",
          "caseSensitive": true,
          "match": [
            "exit criteria",
            "go/no-go",
            "success gate",
            "proceed when"
          ],
          "nearMiss": [
            "phase",
            "owner"
          ]
        },
        "false-positive": {
          "about": "table-semantics — a false positive, or what one means in the domain (a header or first-column cell)",
          "pattern": "\\bfalse[\\s-]*positives?\\b|\\bfp\\b|\\btype[\\s-]*(i|1)\\s*error\\b|\\bfalse alarms?\\b|\\bwrongly (flag|block|decline|reject|remove)",
          "match": [
            "False positive",
            "FP",
            "Type I error",
            "Wrongly blocked payment"
          ],
          "nearMiss": [
            "True positive",
            "FPGA cluster"
          ]
        },
        "false-negative": {
          "about": "table-semantics — a false negative, or what one means in the domain",
          "pattern": "\\bfalse[\\s-]*negatives?\\b|\\bfn\\b|\\btype[\\s-]*(ii|2)\\s*error\\b|\\bmiss(ed)? (fraud|spam|case|detection)|\\bfail(s|ed)? to (detect|flag|catch|block|recommend)",
          "match": [
            "False negative",
            "Type II error",
            "Missed fraud",
            "Fails to detect a defect"
          ],
          "nearMiss": [
            "True negative",
            "Function FNV hash"
          ]
        },
        "level-word": {
          "about": "table-semantics — a High/Medium/Low level word (one cell, or one side of a range)",
          "pattern": "^(very\\s+|extremely\\s+)?(high|medium|med|mid|low|h|m|l)$",
          "match": [
            "High",
            "very low",
            "M"
          ],
          "nearMiss": [
            "Highest",
            "Moderate risk"
          ]
        },
        "empty-cell": {
          "about": "table-semantics — a cell that says nothing: a dash, n/a, none",
          "pattern": "^\\s*([-–—]+|n\\/?a|none|nil|\\.{3}|…)?\\s*$",
          "match": [
            "—",
            "n/a",
            "None",
            "..."
          ],
          "nearMiss": [
            "No",
            "Not yet decided"
          ]
        }
      },
      "tradeoff-table": {
        "combined": {
          "about": "tradeoff-table — a choice that combines or declines the options is still a choice among them",
          "pattern": "\\b(both|hybrid|combination|combined|mix|mixed|all|neither|none|defer(red)?|keep|status quo)\\b|\\+|&",
          "match": [
            "Both, behind a flag",
            "Hybrid",
            "Keep the status quo",
            "A + B"
          ],
          "nearMiss": [
            "Option A",
            "Gradient boosting"
          ]
        },
        "option-letter": {
          "about": "tradeoff-table — a choice named by the letter or number of an option (\"Option B\", \"B\", \"2\"); group 1 is the letter",
          "pattern": "^(?:option|alternative|candidate)?\\s*([a-z]|\\d+)\\b\\.?$",
          "match": [
            "Option B",
            "b.",
            "Alternative 2"
          ],
          "nearMiss": [
            "Option B with caching",
            "Both"
          ]
        },
        "stop-word": {
          "about": "tradeoff-table — words too common in option cells to tell one option from another (a whole lower-cased word)",
          "pattern": "^(?:the|an|of|with|and|or|for|to|in|on|only|use|using|via|based|model|approach|option)$",
          "match": [
            "the",
            "using",
            "approach"
          ],
          "nearMiss": [
            "caching",
            "models",
            "options"
          ]
        }
      }
    }
  },
  "ru": {
    "cues": {
      "risk-column": {
        "about": "risk-table — заголовок столбца с рисками",
        "phrases": [
          "риск*",
          "угроз*"
        ],
        "match": [
          "Риск",
          "Риски",
          "Угроза"
        ],
        "nearMiss": [
          "Рисунок",
          "Описание"
        ]
      },
      "likelihood-column": {
        "about": "risk-table — заголовок столбца с вероятностью риска",
        "phrases": [
          "вероятност*"
        ],
        "match": [
          "Вероятность",
          "Вероятность возникновения"
        ],
        "nearMiss": [
          "Влияние",
          "Описание"
        ]
      },
      "impact-column": {
        "about": "risk-table — заголовок столбца с влиянием риска",
        "phrases": [
          "влияние",
          "воздействие",
          "последстви*",
          "ущерб",
          "критичност*",
          "серьёзност*",
          "серьезност*",
          "тяжест*"
        ],
        "match": [
          "Влияние",
          "Последствия",
          "Критичность"
        ],
        "nearMiss": [
          "Описание",
          "Вероятность"
        ]
      },
      "mitigation-column": {
        "about": "risk-table — заголовок столбца с мерами по снижению риска",
        "phrases": [
          "способ* снижения",
          "снижение",
          "меры",
          "мера",
          "меры снижения",
          "митигаци*",
          "план реагирования",
          "как снизить",
          "как избежать",
          "решение",
          "контрмеры",
          "что делаем",
          "что делать",
          "действия"
        ],
        "match": [
          "Способ снижения",
          "Меры",
          "Митигация",
          "Как снизить",
          "Что делаем"
        ],
        "nearMiss": [
          "Описание",
          "Мерчант"
        ]
      },
      "rating-column": {
        "about": "risk-table — один столбец с оценкой риска вместо вероятности и влияния",
        "phrases": [
          "уровень риска",
          "уровень",
          "оценка риска"
        ],
        "match": [
          "Уровень риска",
          "Уровень"
        ],
        "nearMiss": [
          "Описание",
          "Уровни логирования в сервисе"
        ]
      },
      "risk-caption": {
        "about": "risk-table — короткая подпись над таблицей, называющая её таблицей рисков",
        "phrases": [
          "риски",
          "рисков",
          "реестр рисков"
        ],
        "match": [
          "Риски этапа:",
          "Риски пилота",
          "Реестр рисков"
        ],
        "nearMiss": [
          "Рискованный сценарий",
          "Результаты этапа"
        ]
      }
    },
    "kinds": {
      "template-title": {
        "words": [
          "шаблон",
          "шаблона",
          "заготовка"
        ],
        "match": [
          "Шаблон ML System Design Doc"
        ],
        "nearMiss": [
          "Шаблонные ответы чат-бота"
        ]
      },
      "prompt-verbs": {
        "words": [
          "опишите",
          "укажите",
          "перечислите",
          "объясните",
          "определите",
          "сформулируйте",
          "приведите",
          "обоснуйте",
          "оцените",
          "добавьте",
          "заполните"
        ],
        "match": [
          "Опишите бизнес-задачу и заказчика.",
          "Укажите источники данных."
        ],
        "nearMiss": [
          "Описание сервиса приведено ниже.",
          "Указанные источники обновляются ежедневно."
        ]
      },
      "second-person": {
        "words": [
          "вы",
          "ваш",
          "ваша",
          "ваше",
          "ваши",
          "вам",
          "вас",
          "вами",
          "вашего",
          "вашей"
        ],
        "match": [
          "Если вы обучаете модель, проверьте ваши данные."
        ],
        "nearMiss": [
          "Мы выбрали модель, выгрузка данных идёт ночью."
        ]
      },
      "first-person": {
        "words": [
          "мы",
          "наш",
          "наша",
          "наше",
          "наши",
          "нам",
          "нас",
          "нами",
          "нашего",
          "нашей"
        ],
        "match": [
          "Мы переобучаем нашу модель раз в неделю."
        ],
        "nearMiss": [
          "Нагрузка на сервис растёт весной."
        ]
      }
    },
    "language": {
      "words": [
        "и",
        "в",
        "на",
        "не",
        "что",
        "с",
        "по",
        "для",
        "как",
        "это",
        "из",
        "к",
        "а",
        "о",
        "за",
        "от",
        "то",
        "при",
        "или",
        "также",
        "будет",
        "мы",
        "но",
        "у",
        "же",
        "так",
        "если",
        "его",
        "её",
        "их",
        "чтобы",
        "который",
        "которые",
        "должна",
        "должен",
        "можно"
      ],
      "foreignLetters": [
        "і",
        "ї",
        "є",
        "ґ",
        "ў"
      ],
      "match": [
        "Модель переобучается каждую неделю на данных за последние 90 дней.",
        "Если доля ошибок выше порога, мы откатываем версию и сообщаем дежурному."
      ],
      "nearMiss": [
        "Якщо частка помилок вища за поріг, ми відкочуємо версію.",
        "Model retrained weekly on 90 days of data.",
        "Дані завантажуються щоночі зі сховища та перевіряються."
      ]
    },
    "placeholders": {
      "phrases": {
        "words": [
          "будет определено позже",
          "будет определен позже",
          "будет дополнено",
          "требует уточнения",
          "уточняется"
        ],
        "match": [
          "Бюджет задержки: будет определено позже.",
          "Владелец: уточняется"
        ],
        "nearMiss": [
          "Порог определен по итогам пилота.",
          "Состав признаков уточняется на каждом спринте."
        ]
      }
    },
    "privacy": {
      "personal-data": [
        {
          "pattern": "персональн[а-яё]* (?:данн[а-яё]*|информаци[а-яё]*)|ПДн",
          "match": [
            "обработка персональных данных клиентов",
            "ПДн пользователей"
          ],
          "nearMiss": [
            "персональные рекомендации товаров"
          ]
        },
        {
          "pattern": "ФИО|паспортн[а-яё]* данн[а-яё]*|(?:номер[а-яё]*|серия) паспорт[а-яё]*|СНИЛС|ИНН|дат[а-яё]* рождения|номер[а-яё]* телефон[а-яё]*|адрес[а-яё]* (?:проживания|регистрации|электронной почты)",
          "match": [
            "ФИО и дата рождения заёмщика",
            "номера телефонов курьеров"
          ],
          "nearMiss": [
            "номер версии модели",
            "адрес сервиса модели"
          ]
        },
        {
          "pattern": "резюме|анкет[а-яё]* (?:кандидат|соискател|клиент|пациент)[а-яё]*",
          "match": [
            "сопоставление резюме и вакансий",
            "анкеты кандидатов"
          ],
          "nearMiss": [
            "кратко резюмируя, модель работает",
            "анкетирование разработчиков"
          ]
        },
        {
          "pattern": "(?:медицинск|клиническ)[а-яё]* (?:данн|карт|запис|истори)[а-яё]*|диагноз[а-яё]*|истори[а-яё]* болезни",
          "match": [
            "медицинские карты пациентов",
            "диагнозы и анализы"
          ],
          "nearMiss": [
            "история изменений модели"
          ]
        },
        {
          "pattern": "биометри[а-яё]*|(?:образ(?:ец|цы|цов|цом)|пример[а-яё]*|запис[а-яё]*|слепк[а-яё]*) (?:[а-яё]+ )?голос[а-яё]*|голос[а-яё]* (?:пользовател|клиент|диктор|спикер|человек)[а-яё]*|(?:фото|изображени)[а-яё]* лиц[а-яё]*",
          "match": [
            "аудиофайл, содержащий пример требуемого голоса",
            "записи голоса дикторов",
            "голоса пользователей"
          ],
          "nearMiss": [
            "голосование команды за вариант",
            "голосовой интерфейс приложения"
          ]
        },
        {
          "pattern": "геолокаци[а-яё]*|(?:GPS|географ)[а-яё]*[- ]координат[а-яё]*|истори[а-яё]* (?:покупок|поиска|браузера|перемещений)|переписк[а-яё]* (?:пользовател|клиент)[а-яё]*",
          "match": [
            "история покупок клиента",
            "геолокация курьера"
          ],
          "nearMiss": [
            "история версий модели"
          ]
        }
      ],
      "handling": [
        {
          "pattern": "анонимиз[а-яё]*|обезличи[а-яё]*|деперсонализ[а-яё]*|псевдонимиз[а-яё]*|маскир[а-яё]*|шифр[а-яё]*|согласи[а-яё]* (?:на обработку|пользовател|клиент|субъект)[а-яё]*",
          "match": [
            "данные обезличиваются перед обучением",
            "согласие на обработку персональных данных"
          ],
          "nearMiss": [
            "согласие заказчика с планом"
          ]
        },
        {
          "pattern": "(?:срок[а-яё]*|политик[а-яё]*) хранения|удаля[а-яё]* (?:через|после)|хран[а-яё]* не более|доступ[а-яё]* (?:к [а-яё ]{1,30})?(?:ограничен|только у|есть только)[а-яё]*|разграничени[а-яё]* доступа|ролев[а-яё]* модел[а-яё]* доступа",
          "match": [
            "срок хранения записей 30 дней",
            "доступ к данным ограничен командой"
          ],
          "nearMiss": [
            "хранение эмбеддингов в Qdrant"
          ]
        },
        {
          "pattern": "152-?ФЗ|закон[а-яё]* о персональных данных|конфиденциальност[а-яё]* (?:данн|пользовател|клиент)[а-яё]*|защит[а-яё]* (?:персональных )?данных",
          "match": [
            "соответствие 152-ФЗ",
            "защита персональных данных",
            "конфиденциальность данных клиентов"
          ],
          "nearMiss": [
            "защита от перегрузки сервиса"
          ]
        }
      ]
    },
    "roles": {
      "example-openers": {
        "words": [
          "например",
          "к примеру",
          "в качестве примера",
          "представим",
          "допустим"
        ],
        "match": [
          "Например, модель помечает транзакцию для проверки."
        ],
        "nearMiss": [
          "Мы помечаем транзакцию для проверки, если скор выше 0.8.",
          "Персональные данные, например email, шифруются."
        ]
      },
      "hypothetical": {
        "words": [
          "можно сформулировать как",
          "можно рассматривать как"
        ],
        "match": [
          "Задачу можно сформулировать как бинарную классификацию."
        ],
        "nearMiss": [
          "Мы формулируем задачу как бинарную классификацию."
        ]
      },
      "citation-sections": {
        "words": [
          "литература",
          "список литературы",
          "источники",
          "ссылки",
          "полезные ссылки",
          "смежные работы"
        ],
        "match": [
          "Список литературы",
          "Полезные ссылки"
        ],
        "nearMiss": [
          "Источники данных"
        ]
      }
    },
    "sections": {
      "problem-statement": {
        "entries": [
          {
            "phrases": [
              "цели и предпосылки",
              "цели",
              "цель",
              "цели проекта",
              "цели и задачи",
              "бизнес-цели",
              "бизнес цель"
            ],
            "match": [
              "1. Цели и предпосылки",
              "Цели проекта"
            ],
            "nearMiss": [
              "Целевая переменная"
            ]
          },
          {
            "phrases": [
              "постановка задачи",
              "постановка проблемы",
              "проблема",
              "описание проблемы",
              "зачем идем в разработку продукта"
            ],
            "match": [
              "2.1. Постановка задачи",
              "1.1. Зачем идем в разработку продукта?"
            ],
            "nearMiss": [
              "Проблемы с данными"
            ]
          },
          {
            "phrases": [
              "введение",
              "обзор",
              "описание проекта",
              "мотивация",
              "актуальность",
              "предпосылки"
            ],
            "match": [
              "Введение",
              "Актуальность"
            ],
            "nearMiss": [
              "Обзорная статья по теме"
            ]
          }
        ]
      },
      "success-metrics": {
        "entries": [
          {
            "phrases": [
              "метрики",
              "метрика",
              "метрики успеха",
              "критерии успеха",
              "метрики качества",
              "оценка качества",
              "способ оценки пилота",
              "бизнес-метрики",
              "ml-метрики"
            ],
            "match": [
              "Метрики успеха",
              "3.1. Способ оценки пилота",
              "Бизнес-метрики"
            ],
            "nearMiss": [
              "Метрический анализ расстояний"
            ]
          },
          {
            "keywords": [
              "успех",
              "успеха",
              "успехом",
              "успешный",
              "успешным",
              "успешного",
              "успешности"
            ],
            "match": [
              "3.2. Что считаем успешным пилотом",
              "Критерии успешного завершения проекта",
              "Что будем считать успехом"
            ],
            "nearMiss": [
              "Успеваемость студентов как признак"
            ]
          },
          {
            "labels": [
              "Качество",
              "Метрики",
              "Метрики качества",
              "Критерии успеха"
            ],
            "match": [
              "Качество: средняя ошибка геолокации не более 50 м, Recall@5 не ниже 0,8"
            ],
            "nearMiss": [
              "Качество данных: проверяем пропуски и дубликаты"
            ]
          }
        ]
      },
      "data-requirements": {
        "entries": [
          {
            "phrases": [
              "данные",
              "требования к данным",
              "источники данных",
              "описание данных",
              "датасет",
              "датасеты",
              "набор данных",
              "наборы данных"
            ],
            "match": [
              "3. Данные",
              "3.1. Требования к данным"
            ],
            "nearMiss": [
              "Данность рынка"
            ]
          },
          {
            "phrases": [
              "подготовка данных",
              "сбор данных",
              "обработка данных",
              "работа с данными",
              "разметка",
              "разметка данных",
              "признаки"
            ],
            "match": [
              "Этап 1 - Подготовка данных",
              "Разметка",
              "Этап 1 Работа с данными"
            ],
            "nearMiss": [
              "Разметочная команда",
              "Работа с клиентами"
            ]
          }
        ]
      },
      "model-architecture": {
        "entries": [
          {
            "phrases": [
              "модель",
              "модели",
              "архитектура модели",
              "выбор модели",
              "обучение модели",
              "обучение",
              "бейзлайн"
            ],
            "match": [
              "4. Модели",
              "Этап 2 - Бейзлайн",
              "Выбор модели"
            ],
            "nearMiss": [
              "Моделирование спроса в прошлом году"
            ]
          },
          {
            "phrases": [
              "методология",
              "подход",
              "предлагаемый подход",
              "предлагаемое решение",
              "этапы решения задачи"
            ],
            "match": [
              "2. Методология (DS)",
              "2.3. Этапы решения задачи"
            ],
            "nearMiss": [
              "Подходящие вакансии"
            ]
          }
        ]
      },
      "infrastructure-architecture": {
        "entries": [
          {
            "phrases": [
              "инфраструктура",
              "архитектура",
              "архитектура решения",
              "архитектура системы",
              "описание инфраструктуры",
              "инференс",
              "сервинг"
            ],
            "match": [
              "4.1. Архитектура решения",
              "4.2. Описание инфраструктуры и масштабируемости"
            ],
            "nearMiss": [
              "Архитектурные памятники как классы"
            ]
          },
          {
            "phrases": [
              "внедрение",
              "внедрение в production",
              "внедрение для production систем",
              "деплой",
              "развертывание",
              "развёртывание",
              "интеграция"
            ],
            "match": [
              "4. Внедрение в production",
              "5. Деплой"
            ],
            "nearMiss": [
              "Внедренные ранее правила"
            ]
          }
        ]
      },
      "tradeoff-analysis": {
        "entries": [
          {
            "phrases": [
              "альтернативы",
              "рассмотренные альтернативы",
              "альтернативные подходы",
              "альтернативные решения",
              "компромиссы",
              "плюсы и минусы",
              "сравнение подходов"
            ],
            "match": [
              "Рассмотренные альтернативы",
              "Плюсы и минусы"
            ],
            "nearMiss": [
              "Альтернативная стоимость капитала"
            ]
          },
          {
            "pairedLabels": [
              [
                "Плюсы",
                "Преимущества",
                "Плюсы выбора"
              ],
              [
                "Минусы",
                "Недостатки",
                "Минусы выбора"
              ]
            ],
            "match": [
              "Плюсы: дешево обслуживать. | Минусы: хуже на редких запросах."
            ],
            "nearMiss": [
              "Плюсы: дешево. | Преимущества: просто."
            ]
          }
        ]
      },
      "risk-assessment": {
        "entries": [
          {
            "phrases": [
              "риски",
              "риск",
              "оценка рисков",
              "анализ рисков",
              "риски и ограничения",
              "риски и митигация",
              "риски и их митигация"
            ],
            "match": [
              "4.8. Риски",
              "Оценка рисков"
            ],
            "nearMiss": [
              "Рискованные транзакции"
            ]
          },
          {
            "labels": [
              "Риски",
              "Риски этапа",
              "Риски пилота",
              "Основные риски",
              "Риски проекта"
            ],
            "match": [
              "Риски: поставщик может изменить API без предупреждения."
            ],
            "nearMiss": [
              "Рисковые клиенты: с возвратами платежей."
            ]
          }
        ]
      },
      "rollout-plan": {
        "entries": [
          {
            "phrases": [
              "подготовка пилота",
              "пилот",
              "план пилота",
              "пилотирование"
            ],
            "match": [
              "3. Подготовка пилота",
              "План пилота"
            ],
            "nearMiss": [
              "Пилотные данные опроса"
            ]
          },
          {
            "phrases": [
              "план внедрения",
              "план запуска",
              "запуск",
              "выкатка",
              "раскатка",
              "релиз",
              "план релиза",
              "a/b тест",
              "a/b тестирование"
            ],
            "match": [
              "План внедрения",
              "A/B тестирование"
            ],
            "nearMiss": [
              "Релизные заметки библиотеки"
            ]
          }
        ]
      },
      "constraints": {
        "entries": [
          {
            "phrases": [
              "ограничения",
              "бизнес-требования и ограничения",
              "технические ограничения",
              "требования и ограничения",
              "требования к работе системы",
              "нефункциональные требования"
            ],
            "match": [
              "1.2. Бизнес-требования и ограничения",
              "4.3. Требования к работе системы"
            ],
            "nearMiss": [
              "Ограниченный бюджет на разметку как риск"
            ]
          }
        ]
      },
      "out-of-scope": {
        "entries": [
          {
            "phrases": [
              "вне скоупа",
              "не входит в скоуп",
              "границы проекта",
              "что не входит"
            ],
            "match": [
              "Вне скоупа",
              "Границы проекта"
            ],
            "nearMiss": [
              "Входные данные"
            ]
          },
          {
            "keywords": [
              "скоуп",
              "скоупа"
            ],
            "match": [
              "1.3. Что входит в скоуп проекта/итерации, что не входит"
            ],
            "nearMiss": [
              "Скоупинг задач на спринт"
            ]
          },
          {
            "labels": [
              "Не входит в скоуп",
              "Вне скоупа"
            ],
            "match": [
              "Вне скоупа: генерация отчётов."
            ],
            "nearMiss": [
              "Вход в систему: по паролю."
            ]
          }
        ]
      },
      "risks-and-alternatives": {
        "entries": [
          {
            "phrases": [
              "риски и альтернативы"
            ],
            "match": [
              "Риски и альтернативы"
            ],
            "nearMiss": [
              "Рискованная стратегия выкупа"
            ]
          }
        ]
      },
      "business-objective": {
        "entries": [
          {
            "phrases": [
              "бизнес-цели",
              "бизнес-цель",
              "бизнес-задача",
              "цели",
              "цель",
              "постановка задачи"
            ],
            "match": [
              "1.1. Бизнес-цели",
              "Бизнес-задача"
            ],
            "nearMiss": [
              "Целевая аудитория"
            ]
          }
        ]
      },
      "features-supported": {
        "entries": [
          {
            "phrases": [
              "функциональные требования",
              "сценарии использования",
              "пользовательские сценарии",
              "пользовательский сценарий",
              "функциональность"
            ],
            "match": [
              "2.1. Функциональные требования",
              "Сценарии использования"
            ],
            "nearMiss": [
              "Функциональный анализ кода"
            ]
          }
        ]
      },
      "scale": {
        "entries": [
          {
            "phrases": [
              "масштабируемость",
              "масштаб",
              "масштабирование",
              "нагрузка",
              "нагрузочное тестирование",
              "пропускная способность"
            ],
            "match": [
              "Масштабируемость",
              "4.4. Нагрузочное тестирование"
            ],
            "nearMiss": [
              "Масштабные инвестиции"
            ]
          }
        ]
      },
      "performance": {
        "entries": [
          {
            "phrases": [
              "производительность",
              "требования к производительности",
              "задержка",
              "латентность",
              "скорость",
              "скорость работы"
            ],
            "match": [
              "Производительность",
              "Требования к производительности"
            ],
            "nearMiss": [
              "Скоростные поезда в датасете"
            ]
          }
        ]
      },
      "privacy-ethics": {
        "entries": [
          {
            "phrases": [
              "приватность",
              "конфиденциальность",
              "безопасность данных",
              "персональные данные",
              "этика",
              "этические аспекты"
            ],
            "match": [
              "4.5. Безопасность данных",
              "Этические аспекты"
            ],
            "nearMiss": [
              "Безопасность пешеходов как целевая переменная"
            ]
          },
          {
            "phrases": [
              "справедливость",
              "предвзятость",
              "смещение модели"
            ],
            "match": [
              "Справедливость и предвзятость"
            ],
            "nearMiss": [
              "Справедливая цена квартиры"
            ]
          }
        ]
      }
    },
    "structure": {
      "numbering-words": {
        "words": [
          "этап",
          "шаг",
          "раздел",
          "часть",
          "фаза"
        ],
        "match": [
          "Этап 1 - Подготовка данных",
          "Шаг 2. Данные"
        ],
        "nearMiss": [
          "Этапность внедрения"
        ]
      },
      "abbreviations": {
        "words": [
          "напр",
          "см",
          "рис",
          "табл",
          "стр",
          "гл",
          "др",
          "ср",
          "прим",
          "мес",
          "тыс",
          "млн",
          "млрд",
          "руб"
        ],
        "match": [
          "Подробнее см. Раздел 3 о данных.",
          "Схема на рис. 2 показывает поток данных.",
          "Бюджет около 3 млн. Рублей в год."
        ],
        "nearMiss": [
          "Модель обучена на данных за год. Раздел 3 описывает признаки.",
          "Задержка выросла на 20 мс. Это критично."
        ]
      }
    },
    "patterns": {
      "fairness-threshold": {
        "sensitive-attribute": {
          "about": "fairness-threshold — названный чувствительный признак человека; «пол» только рядом с тем, чей он (иначе это пол в комнате)",
          "pattern": "(?<![а-яё\\w])(?:пол и возраст|возраст и пол|пол(?:а|у|ом)? (?:клиент|пользовател|кандидат|заемщик|заёмщик|пациент|сотрудник|соискател|водител)[а-яё]*|гендер[а-яё]*|половая принадлежность|половой принадлежности|рас(?:а|ы|е|у|овая|овой|овые|овых)|этническ[а-яё]+ (?:принадлежност|происхождени|групп)[а-яё]*|национальност[а-яё]+|вероисповедани[а-яё]+|религиозн[а-яё]+ (?:убеждени|принадлежност)[а-яё]*|сексуальн[а-яё]+ ориентаци[а-яё]+|инвалидност[а-яё]+|семейное положение|семейного положения|цвет(?:а)? кожи)(?![а-яё\\w])",
          "match": [
            "Пол и возраст клиента — входные признаки.",
            "Национальность не используется.",
            "Модель учитывает семейное положение заёмщика.",
            "Пол пациента берём из карты."
          ],
          "nearMiss": [
            "Пол в офисе покрыт ковролином.",
            "Расход памяти — 2 ГБ.",
            "Полный перечень признаков в приложении.",
            "Раскладка клавиатуры не важна."
          ]
        },
        "age-attribute": {
          "about": "fairness-threshold — возраст людей (клиента, кандидата, пациента), возрастные группы, дата рождения",
          "pattern": "(?<![а-яё\\w])(?:возраст(?:а|е|ом)? (?:клиент|пользовател|кандидат|заемщик|заёмщик|пациент|сотрудник|соискател|водител)[а-яё]*|возрастн(?:ая|ые|ой|ых|ым) (?:групп|категори)[а-яё]*|дат[аыуе] рождения)(?![а-яё\\w])",
          "match": [
            "Возраст заёмщика — один из признаков.",
            "Метрики считаем по возрастным группам.",
            "Храним дату рождения."
          ],
          "nearMiss": [
            "Возраст модели — полгода.",
            "Дата релиза — март."
          ]
        },
        "protected-attribute": {
          "about": "fairness-threshold — защищённые признаки или группы, названные так",
          "pattern": "(?<![а-яё\\w])защищ[её]нн(?:ые|ых|ой|ая|ым|ыми) (?:признак|атрибут|групп|характеристик)[а-яё]*",
          "match": [
            "Защищённые признаки не используются.",
            "Метрики по защищенным группам."
          ],
          "nearMiss": [
            "Защищённые ветки требуют ревью.",
            "Защищённый эндпоинт API."
          ]
        },
        "credit-decision": {
          "about": "fairness-threshold — решение о кредите, которое падает на людей",
          "pattern": "(?<![а-яё\\w])(?:(?:одобрени|выдач|отказ)[а-яё]* (?:в выдаче )?(?:кредит|займ|ипотек)[а-яё]*|решени[а-яё]* о выдаче (?:кредит|займ|ипотек)[а-яё]*|кредитн(?:ое|ые|ого|ых|ому) (?:решени|лимит|заявк)[а-яё]*|кредитн(?:ый|ого|ому|ым) скоринг[а-яё]*|скоринг[а-яё]* (?:заемщик|заёмщик)[а-яё]*)",
          "match": [
            "Модель решает об одобрении кредита.",
            "Кредитный скоринг заёмщиков.",
            "Отказ в выдаче займа объясняем клиенту."
          ],
          "nearMiss": [
            "Объём кредитного портфеля вырос на 5%.",
            "Мошенничество с кредитными картами."
          ]
        },
        "hiring-decision": {
          "about": "fairness-threshold — решение о найме: отбор, ранжирование или оценка резюме и соискателей, кандидатов на вакансию (не «кандидатов» рекомендательной системы)",
          "pattern": "(?<![а-яё\\w])(?:(?:анализ|отбор|скрининг|ранжировани|фильтраци|оценк|подбор|сопоставлени|поиск)[а-яё]* (?:резюме|соискател[а-яё]+)|(?:ранжиру|отбира|фильтру|оценива|сортиру)[а-яё]* (?:[а-яё]+ )?(?:резюме|соискател[а-яё]+)|кандидат[а-яё]* (?:на|под|для) (?:вакансию|вакансии|вакансий|должность|позицию)|решени[а-яё]* о найме)(?![а-яё\\w])",
          "match": [
            "Сервис ранжирует входящие резюме.",
            "Скрининг резюме для рекрутера.",
            "Ранжирование кандидатов под вакансию по компетенциям."
          ],
          "nearMiss": [
            "Отбор кандидатов для ранжирования товаров.",
            "Резюме проекта — в начале документа.",
            "Кандидаты из ANN-индекса переранжируются."
          ]
        },
        "bias-concern": {
          "about": "fairness-threshold — предвзятость, дискриминация или несправедливость, названные прямо",
          "pattern": "(?<![а-яё\\w])(?:предвзят[а-яё]+|дискриминаци[а-яё]+|дискриминир[а-яё]+|несправедлив[а-яё]*)",
          "match": [
            "Модель может быть предвзятой.",
            "Риск дискриминации по возрасту.",
            "Отказы могут быть несправедливыми."
          ],
          "nearMiss": [
            "Смещение (bias) в линейном слое.",
            "Справедливая цена товара."
          ]
        },
        "group-gap": {
          "about": "fairness-threshold — разница между группами (или паритет), которую порог справедливости называет числом",
          "pattern": "(?<![а-яё\\w])(?:(?:разниц|разрыв|отклонени|расхождени)[а-яё]*[^.]{0,80}(?:между|по) (?:[а-яё]+ ){0,2}(?:групп|сегмент|когорт)[а-яё]*|паритет[а-яё]*|справедливост[а-яё]+|равн[а-яё]+ (?:возможност|шанс)[а-яё]*|(?:между|по|для каждой|в каждой|для всех) (?:[а-яё]+ ){0,2}(?:групп|сегмент|когорт)[а-яё]*)",
          "match": [
            "Разница recall между группами — не более 3 п.п.",
            "Паритет одобрений по полу.",
            "Recall не ниже 0,8 для каждой возрастной группы."
          ],
          "nearMiss": [
            "Recall не ниже 0,8.",
            "Разрыв в данных — неделя."
          ]
        },
        "question-opener": {
          "about": "fairness-threshold — утверждение, которое начинается как вопрос (вопрос шаблона спрашивает о признаке, а не использует его)",
          "pattern": "^(?:например,\\s*)?(?:как|какие|какой|какая|каким|каких|что|кто|почему|зачем|где|когда|есть ли|используются ли|используется ли|учитывается ли|учитываются ли)(?![а-яё\\w])",
          "match": [
            "Какие группы могут пострадать",
            "Используются ли пол и возраст"
          ],
          "nearMiss": [
            "Модель не использует пол.",
            "Каждый признак описан в приложении."
          ]
        },
        "please-prompt": {
          "about": "fairness-threshold — просьба шаблона что-то заполнить («Опишите…», «Укажите…»)",
          "pattern": "(?<![а-яё\\w])(?:пожалуйста,?\\s+)?(?:опишите|укажите|перечислите|объясните|приведите)(?![а-яё\\w])",
          "match": [
            "Опишите защищённые группы.",
            "Пожалуйста, укажите признаки."
          ],
          "nearMiss": [
            "Описание признаков — в приложении.",
            "Указанные признаки не используются."
          ]
        }
      },
      "headings": {
        "and-joiner": {
          "about": "headings — союз, соединяющий две части заголовка (в нижнем регистре): «риски и альтернативы»; каждая часть может назвать раздел",
          "fragment": true,
          "caseSensitive": true,
          "pattern": "и",
          "match": [
            "и"
          ],
          "nearMiss": [
            "или",
            "а",
            "ии"
          ]
        }
      },
      "metric-threshold": {
        "comparison": {
          "about": "metric-threshold — a target said in Russian as a comparison with something named (\"не ниже\", \"на уровне текущей модели\", \"выше бейзлайна\")",
          "pattern": "(?<![а-яё])(?:не (?:ниже|хуже|меньше|больше|выше|менее|более)|на уровне|по сравнению с|(?:выше|ниже|лучше|хуже) (?:бейзлайн|базов|текущ|контрольн)[а-яё]*)(?![а-яё])",
          "match": [
            "Полнота не ниже 0,8",
            "Конверсия на уровне текущей модели",
            "Точность выше бейзлайна"
          ],
          "nearMiss": [
            "Точность совпадения табличных данных",
            "Снижение среднего времени работы"
          ]
        },
        "goal-verb": {
          "about": "metric-threshold — a Russian list item that opens with a goal (\"Снижение …\", \"Повысить …\") sets a criterion",
          "pattern": "^(?:снижени|сокращени|увеличени|повышени|уменьшени|улучшени|достижени|рост(?![а-яё])|снизить|сократить|увеличить|повысить|улучшить|достичь|уменьшить)[а-яё]*",
          "match": [
            "Снижение среднего времени работы со статьями",
            "Повысить точность ответов"
          ],
          "nearMiss": [
            "Время работы со статьями велико",
            "Точность измеряется еженедельно"
          ]
        },
        "not-a-criterion": {
          "about": "metric-threshold — a Russian item that is a step of an evaluation procedure (\"Проводится расчёт метрик…\", \"Сравнить…\") or a question, not a criterion",
          "pattern": "\\?|^(?:проводи(?:тся|м)|провест[а-яё]*|рассчит[а-яё]*|расч[её]т(?![а-яё])|вычисл[а-яё]*|собира[а-яё]*|собрать|сравни[а-яё]*|построи[а-яё]*|разби[а-яё]*|обучи[а-яё]*|посчита[а-яё]*|считаем(?= [а-яё]+ по)|оценива(?:ем|ется))",
          "match": [
            "Проводится расчет метрик RAGAS на собранных диалогах",
            "Сравнить точность моделей на отложенной выборке"
          ],
          "nearMiss": [
            "Точность ответов не ниже 0,8",
            "Снижение времени обработки"
          ]
        }
      },
      "metrics": {
        "offline": {
          "about": "metrics — offline ML metrics in Russian, computable from labelled data before launch",
          "fragment": true,
          "pattern": [
            "точност[а-яё]*",
            "полнот[а-яё]*",
            "F-?мер[а-яё]*",
            "дол[а-яё]* (?:верных|правильных|корректных) (?:ответов|предсказаний|классификаций)",
            "устойчивост[а-яё]*",
            "средн[а-яё]* (?:абсолютн[а-яё]* )?ошибк[а-яё]*"
          ],
          "match": [
            "Точность",
            "полноты",
            "доля верных ответов",
            "средняя ошибка",
            "устойчивость"
          ],
          "nearMiss": [
            "точно",
            "полностью",
            "устойчивый"
          ]
        },
        "online": {
          "about": "metrics — online and business metrics in Russian, measured in production or an A/B test",
          "fragment": true,
          "pattern": [
            "конверси[а-яё]*",
            "выручк[а-яё]*",
            "прибыл[а-яё]*",
            "отток[а-яё]*",
            "удержани[а-яё]*",
            "затрат[а-яё]*",
            "издерж[а-яё]*",
            "удовлетвор[её]нност[а-яё]*",
            "врем[а-яё]* (?:работы|обработки|ответа|ожидания|реакции|решения|поиска|подготовки|на обработку)",
            "скорост[а-яё]* (?:обработки|ответа|работы)"
          ],
          "match": [
            "конверсия",
            "выручки",
            "времени работы",
            "скорость обработки",
            "удовлетворённость"
          ],
          "nearMiss": [
            "время",
            "скорость",
            "выручать"
          ]
        }
      },
      "ownership": {
        "serves-traffic": {
          "about": "ownership — words of a service that takes traffic, in Russian (as opposed to a study, a library or a guide)",
          "pattern": "(?<![а-яё])(?:(?:развертывани|развёртывани|разворачивани)[а-яё]* (?:[\\wа-яё-]+ ){0,3}(?:в (?:виде )?сервис|сервис)[а-яё]*|латентност[а-яё]*|задержк[а-яё]* ответа|время ответа|запрос[а-яё]* в секунду|нагрузк[а-яё]* на сервис|пиков[а-яё]* нагрузк[а-яё]*|в продакшен[а-яё]*|в прод(?![а-яё])|продакшн[а-яё]*|пользовател[а-яё]* сервиса)",
          "match": [
            "p95 латентности на одно изображение",
            "до 200 запросов в секунду",
            "сервис выкатывается в продакшен",
            "Разворачивание сервиса на облачной платформе",
            "развертывание MVP модели в сервис"
          ],
          "nearMiss": [
            "продажи выросли на 5%",
            "задержка поставок товара",
            "развертывание ноутбука аналитика"
          ]
        },
        "owner-words": {
          "about": "ownership — someone named as owning, operating or on duty for the system, in Russian",
          "pattern": "(?<![а-яё])(?:владел[а-яё]* (?:сервиса|системы|модели|продукта)|ответственн[а-яё]* (?:команд[а-яё]*|за (?:работу|поддержку|эксплуатацию|сервис|систему|модель)[а-яё]*)|дежурн[а-яё]*|дежурств[а-яё]*|сопровождени[а-яё]* (?:сервиса|системы|модели)|(?:команд[а-яё]*|отдел[а-яё]*) (?:[а-яё]+ )?(?:сопровождает|поддерживает|эксплуатирует) (?:сервис|систему|модель))",
          "match": [
            "Владелец сервиса — команда рекомендаций.",
            "Дежурный инженер получает алерты.",
            "Ответственная команда: ML-платформа."
          ],
          "nearMiss": [
            "Границы ответственности компонентов",
            "Владельцы квартир подают заявки."
          ]
        }
      },
      "privacy": {
        "negated": {
          "about": "privacy — words just before personal data that say it is not used (\"Персональные данные не используются\" reads after; \"без персональных данных\", \"не собираем\" before)",
          "pattern": "(?<![а-яё])(?:не|без|нет|никаких|исключ[а-яё]*|удал[а-яё]*)(?![а-яё])[^.;]{0,40}$",
          "match": [
            "Сервис работает без ",
            "Мы не собираем ",
            "Из логов удаляются "
          ],
          "nearMiss": [
            "Мы храним ",
            "Модель читает "
          ]
        }
      },
      "scale-numbers": {
        "online-serving": {
          "about": "scale-numbers — signs in Russian that the system answers requests as they come (online inference, real-time answers, an endpoint, a latency budget)",
          "pattern": "(?<![а-яё])(?:онлайн[- ](?:инференс|сервис|предсказани|скоринг|рекомендаци)[а-яё]*|(?:инференс|предсказани|ответ|скоринг|рекомендаци)[а-яё]* в реальном времени|латентност[а-яё]* (?:на|запрос|ответ)[а-яё]*|(?:p50|p95|p99)(?:/p\\d\\d)* латентност[а-яё]*|время ответа (?:сервиса|модели|API)|по запросу пользовател[а-яё]*|эндпоинт[а-яё]*)",
          "match": [
            "p50/p95 латентности на одно изображение",
            "ответ в реальном времени",
            "онлайн-инференс модели"
          ],
          "nearMiss": [
            "данные в реальном масштабе",
            "ответственность за сервис"
          ]
        },
        "user-words": {
          "about": "scale-numbers — a figure of users in Russian (active users per day or month)",
          "pattern": "(?<![а-яё])(?:активн[а-яё]* пользовател[а-яё]*|пользовател[а-яё]* в (?:день|сутки|месяц))",
          "match": [
            "50 тысяч активных пользователей",
            "2000 пользователей в день"
          ],
          "nearMiss": [
            "пользователь загружает фото"
          ]
        },
        "peak-words": {
          "about": "scale-numbers — a figure of peak load named in Russian words",
          "pattern": "(?<![а-яё])(?:запрос[а-яё]* в (?:секунду|минуту)|пиков[а-яё]* нагрузк[а-яё]*)",
          "match": [
            "до 200 запросов в секунду",
            "пиковая нагрузка 300 RPS"
          ],
          "nearMiss": [
            "запрос пользователя к API"
          ]
        },
        "users-per-period": {
          "about": "scale-numbers — users counted per day or month in Russian (\"1-2 юзера в день\"): any number beside it is a figure",
          "pattern": "(?<![а-яё])(?:пользовател|юзер|посетител|клиент)[а-яё]* в (?:день|сутки|неделю|месяц)(?![а-яё])",
          "match": [
            "ожидается 1-2 юзера в день",
            "около 300 посетителей в сутки"
          ],
          "nearMiss": [
            "пользователь загружает фото в течение дня"
          ]
        }
      },
      "table-semantics": {
        "empty-cell": {
          "about": "table-semantics — ячейка, которая ничего не говорит: «нет», «отсутствует» (в таблице рисков это риск без мер)",
          "pattern": "^\\s*(?:нет|отсутствует|отсутствуют)\\s*$",
          "match": [
            "нет",
            "Отсутствует",
            " отсутствуют "
          ],
          "nearMiss": [
            "Нет данных за 2023 год — дообучаем на синтетике",
            "Отсутствие меток компенсируем ручной разметкой"
          ]
        }
      }
    }
  }
};
