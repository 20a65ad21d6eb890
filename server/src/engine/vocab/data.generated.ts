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
          "in favor of"
        ],
        "match": [
          "We chose gradient boosting over a neural network because the features are tabular.",
          "FAISS was chosen for its speed on dense vectors.",
          "Two options: one model per task, or a multi-task network (choose this).",
          "We decided to keep the rules engine as a fallback."
        ],
        "nearMiss": [
          "The user chooses a category in the app.",
          "Customers pick up their orders at the store.",
          "The chosen threshold is reported in the dashboard.",
          "We select the top 100 candidates for ranking."
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
          "TODO",
          "FIXME",
          "XXX",
          "TKTK"
        ],
        "match": [
          "Owner: TBD",
          "Target recall: TBC after the pilot",
          "TODO: add the cost table"
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
          "atLeast": 2
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
              "успешный",
              "успешным",
              "успешного",
              "успешности"
            ],
            "match": [
              "3.2. Что считаем успешным пилотом",
              "Критерии успешного завершения проекта"
            ],
            "nearMiss": [
              "Успеваемость студентов как признак"
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
              "разметка",
              "разметка данных",
              "признаки"
            ],
            "match": [
              "Этап 1 - Подготовка данных",
              "Разметка"
            ],
            "nearMiss": [
              "Разметочная команда"
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
      }
    }
  }
};
