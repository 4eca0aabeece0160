"""Messages of the 算得清 explanation: its input problems and the sentences of its plain story (said to the
resident, so in plain words and addressed to "you")."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- problems --
    "explain.years_paid_negative": QT_TRANSLATE_NOOP(
        "Messages", "The number of years already paid cannot be negative ({years}). Enter 0 or more."
    ),
    "explain.paid_balance_negative": QT_TRANSLATE_NOOP(
        "Messages",
        "The money already paid in cannot be negative ({amount} yuan). Enter 0 or more, or leave it empty "
        "if it is not known.",
    ),
    "explain.receiving_pension": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} already draws the pension, so there is nothing more to pay or to work out here. Look at "
        "the resident page for the pension being paid.",
    ),
    "explain.assume.paid_before_no_interest": QT_TRANSLATE_NOOP(
        "Messages",
        "The money of the {years} years already paid is counted as it was paid in, without the interest it "
        "has earned; the real balance will probably be higher.",
    ),
    # -- the plain story --
    "explain.say.you_pay": QT_TRANSLATE_NOOP(
        "Messages", "You pay {self_paid} yuan a year (the {tier} yuan tier)."
    ),
    "explain.say.you_pay_nothing": QT_TRANSLATE_NOOP(
        "Messages", "You pay nothing yourself: the government pays the {government} yuan for you (代缴)."
    ),
    "explain.say.government_pays": QT_TRANSLATE_NOOP(
        "Messages", "The government pays {government} yuan of it for you (代缴)."
    ),
    "explain.say.subsidy": QT_TRANSLATE_NOOP(
        "Messages", "The government adds {subsidy} yuan a year to your account as a subsidy."
    ),
    "explain.say.other_funding": QT_TRANSLATE_NOOP(
        "Messages", "The village collective or a charity adds {other} yuan a year."
    ),
    "explain.say.into_account": QT_TRANSLATE_NOOP(
        "Messages",
        "So {credit} yuan a year goes into your own account, for {years} years ({first_year} to {last_year}).",
    ),
    "explain.say.paid_before": QT_TRANSLATE_NOOP(
        "Messages", "You have already paid {years} years; they put {balance} yuan in your account."
    ),
    "explain.say.paid_before_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "You have already paid {years} years; the money from those years is not counted here, so you will "
        "get more than shown.",
    ),
    "explain.say.arrears": QT_TRANSLATE_NOOP(
        "Messages",
        "You also pay {years} missing years now (补缴), {amount} yuan in all; there is no subsidy on them.",
    ),
    "explain.say.balance": QT_TRANSLATE_NOOP(
        "Messages", "When you turn 60, your account will hold about {balance} yuan."
    ),
    "explain.say.monthly": QT_TRANSLATE_NOOP(
        "Messages",
        "From {start} you get about {total} yuan every month: basic pension {basic} yuan plus account "
        "pension {account} yuan.",
    ),
    "explain.say.account_part": QT_TRANSLATE_NOOP(
        "Messages",
        "The account pension is your account divided by {divisor}: {balance} ÷ {divisor} = {account} yuan a "
        "month, paid for life.",
    ),
    "explain.say.years_enough": QT_TRANSLATE_NOOP(
        "Messages", "That makes {years} years of contributions; {needed} are needed, so you can draw the pension."
    ),
    "explain.say.years_short": QT_TRANSLATE_NOOP(
        "Messages",
        "That makes only {years} years of contributions, but {needed} are needed. Ask the assistant about "
        "paying the {missing} missing years (补缴).",
    ),
}
