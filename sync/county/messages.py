"""What ``cunbao-county`` says, in Chinese (the county clerk reads it) and English (``--lang en``).

``MESSAGES`` maps a problem code or a ``cli.*`` text key to ``(zh, en)``; placeholders are the problem's
params. Every refusal says what is wrong and how to put it right. The English of each county problem is
also the desk's source text (``desktop/messages/county.py``), kept identical by a test.
"""

from __future__ import annotations

import string
from enum import StrEnum

from core.problems import Problem


class Lang(StrEnum):
    ZH = "zh"
    EN = "en"


MESSAGES: dict[str, tuple[str, str]] = {
    # registration, as a desk meets it
    "county.code_format": (
        "注册码格式不对：注册码是 {length} 位字母和数字（例如 K7QM-2XPA-9D4F，没有 0、1、I、L、O）。"
        "请照县社保局给的注册码重新输入。",
        "That is not a registration code: a code has {length} letters and digits (like K7QM-2XPA-9D4F, "
        "without 0, 1, I, L or O). Type the code exactly as the county office gave it.",
    ),
    "county.code_unknown": (
        "县服务器不认识这个注册码。请核对每个字符后重新输入；仍然不行，请县社保局重新发一个注册码。",
        "The county server does not know this registration code. Check each character and type it again; "
        "if it still fails, ask the county office for a new code.",
    ),
    "county.code_used": (
        "这个注册码已经用过了，每个注册码只能用一次。请县社保局为这台电脑重新发一个注册码。",
        "This registration code has already been used; each code works only once. "
        "Ask the county office for a new code for this computer.",
    ),
    "county.code_expired": (
        "这个注册码已经过期。请县社保局重新发一个注册码，拿到后尽快注册。",
        "This registration code has expired. Ask the county office for a new code and register soon after you get it.",
    ),
    "county.rate_limited": (
        "注册码输错次数太多（{limit} 次），为了安全暂停注册。请 {minutes} 分钟后再试，并先核对注册码。",
        "Too many wrong registration codes ({limit}) were tried from this address, so registering is paused "
        "for safety. Try again in {minutes} minutes, and check the code first.",
    ),
    "county.device_name": (
        "请给这台电脑起一个名字（不超过 {most} 个字），例如“村部服务点电脑”。",
        "Give this computer a name of at most {most} characters, such as 'village office PC'.",
    ),
    "county.token_unknown": (
        "县服务器不认识这台电脑。请县社保局发一个注册码，用它重新注册这台电脑。",
        "The county server does not know this computer. Ask the county office for a registration code and "
        "register this computer again.",
    ),
    "county.device_revoked": (
        "县社保局已停止这台电脑（{device}）的同步。电脑上的资料都还在，可以继续离线工作。请联系县社保局了解原因并重新注册。",
        "The county office has stopped sync for this computer ({device}). Everything on it stays and it keeps "
        "working offline. Call the county office to learn why and to register again.",
    ),
    # the clerk's commands
    "county.device_unknown": (
        "没有编号为 {shown} 的设备。请用“cunbao-county device list”查看设备编号，再复制完整的编号。",
        "There is no device {shown}. Run 'cunbao-county device list' to see the devices and copy the whole id.",
    ),
    "county.valid_hours": (
        "有效时间 {shown} 小时不行：请填 1 到 {most} 之间的小时数。",
        "A validity of {shown} hours is not possible: give a number of hours from 1 to {most}.",
    ),
    "county.village_other_county": (
        "村代码 {shown} 属于县 {county}，本服务器只服务 {served}。请检查村代码，或在管这个县的服务器上发注册码。",
        "Village {shown} belongs to county {county}, but this server serves only {served}. Check the village "
        "code, or issue the code on the server of that county.",
    ),
    "county.database_unavailable": (
        "打不开县数据库 {url}：{reason}。请检查数据库地址、用户名和密码，以及数据库服务器是否在运行。",
        "The county database {url} cannot be opened: {reason}. Check the database address, user and password, "
        "and that the database server is running.",
    ),
    "county.database_newer": (
        "数据库是更新版本的县服务器写的（版本 {revision}），本程序不能使用。请安装最新版本的村保县服务器。",
        "The database was written by a newer county server (revision {revision}); this program cannot use it. "
        "Install the newest Cunbao county server.",
    ),
    "county.migration_failed": (
        "数据库升级到版本 {revision} 失败：{reason}。数据库没有改动。请把这条信息发给技术人员。",
        "Upgrading the database to revision {revision} failed: {reason}. The database was not changed. "
        "Send this message to your technical support.",
    ),
    "county.cert_exists": (
        "证书 {path} 已经存在。所有已注册的电脑都认这张证书，换证书后它们都要重新注册。确实要换，请加 --replace。",
        "The certificate {path} already exists. Every registered computer trusts exactly this certificate and "
        "would have to register again after a change. To replace it anyway, add --replace.",
    ),
    "county.cert_host": (
        "“{shown}”不是主机名或 IP 地址。请写服务器的名字（如 county.example.cn）或 IP 地址（如 192.168.1.10），不要写 https://。",
        "'{shown}' is not a host name or IP address. Give the server's name (like county.example.cn) or IP "
        "address (like 192.168.1.10), without https://.",
    ),
    "county.cert_missing": (
        "{folder} 里还没有服务器证书。请先运行“cunbao-county cert create --host 服务器名或IP”生成证书，再启动服务。",
        "There is no server certificate in {folder} yet. Run 'cunbao-county cert create --host NAME-OR-IP' "
        "first, then start the server.",
    ),
    # village codes (core.villages), when the clerk issues a code
    "village.empty": (
        "请填写村代码（12 位数字）。",
        "Enter the village code (12 digits).",
    ),
    "village.format": (
        "村代码 {shown} 不对：应是 {length} 位数字，例如 640104001002。",
        "The village code {shown} is wrong: it has {length} digits, like 640104001002.",
    ),
    "village.outside_ningxia": (
        "村代码 {shown} 不是宁夏的村（宁夏的村代码以 64 开头）。请检查村代码。",
        "The village code {shown} is not in Ningxia (Ningxia's codes begin with 64). Check the code.",
    ),
    "village.unknown": (
        "宁夏没有代码为 {shown} 的村或社区。请对照统计用区划代码检查。",
        "No Ningxia village or community has the code {shown}. Check it against the statistical division codes.",
    ),
    "village.data_unreadable": (
        "村名单文件 {path} 读不出来：{reason}。请重新安装村保县服务器。",
        "The village table {path} cannot be read: {reason}. Reinstall the Cunbao county server.",
    ),
    "village.data_malformed": (
        "村名单文件 {path} 第 {line} 行有错。请重新安装村保县服务器。",
        "The village table {path} is damaged at line {line}. Reinstall the Cunbao county server.",
    ),
    # command output
    "cli.code_issued": (
        "注册码：{code}\n村：{village} {name}\n有效期至：{expires}\n"
        "注册码只显示这一次，只能用一次。请交给该村服务点，在村保里用“注册到县服务器”输入。",
        "Registration code: {code}\nVillage: {village} {name}\nValid until: {expires}\nThe code is shown only "
        "this once and works once. Give it to the village service point to enter under 'Register with the county'.",
    ),
    "cli.no_devices": ("还没有注册的设备。", "No devices are registered yet."),
    "cli.no_cases": ("收件箱里还没有业务。", "There are no cases in the inbox yet."),
    "cli.case_header": ("业务编号\t村\t类型\t状态\tID", "Reference\tVillage\tType\tStatus\tID"),
    "cli.case_unknown": (
        "没有找到业务 {case}。请核对业务编号（CB 开头的 10 位）或 ID，再试一次。",
        "There is no case {case}. Check the reference (CB and 8 characters) or the ID, and try again.",
    ),
    "cli.return_needs_reason": (
        "退回业务必须写明原因（--reason），协办员要把原因念给居民听。",
        "A case is returned only with a reason (--reason): the assistant reads it to the resident.",
    ),
    "cli.case_decided": (
        "业务 {case} 已{decision}；下次同步时会送到服务点。",
        "Case {case} {decision}; it reaches the service point with its next sync.",
    ),
    "cli.decision_accepted": ("受理", "accepted"),
    "cli.decision_returned": ("退回", "returned"),
    "cli.decision_approved": ("批准", "approved"),
    "cli.decision_rejected": ("不予批准", "rejected"),
    "cli.device_header": (
        "设备编号\t村代码\t名称\t注册时间\t最近联系\t状态",
        "Device id\tVillage\tName\tRegistered\tLast seen\tStatus",
    ),
    "cli.active": ("正常", "active"),
    "cli.revoked_at": ("已停用（{at}）", "revoked ({at})"),
    "cli.never": ("从未", "never"),
    "cli.device_revoked": (
        "已停用设备 {device}（{village} {name}），它从现在起不能同步。它的资料留在那台电脑上。",
        "Device {device} ({village} {name}) is revoked and cannot sync from now on. Its data stays on that computer.",
    ),
    "cli.cert_created": (
        "已生成证书：{cert}\n私钥：{key}（只有本用户能读）\n适用于：{hosts}\n指纹：{fingerprint}",
        "Certificate written: {cert}\nKey: {key} (readable by this user only)\nValid for: {hosts}\n"
        "Fingerprint: {fingerprint}",
    ),
}


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def text(key: str, lang: Lang = Lang.ZH, /, **params: object) -> str:
    """The message for ``key`` in ``lang``; an unknown key is shown as itself, an unknown placeholder kept."""
    pair = MESSAGES.get(key)
    if pair is None:
        return key
    template = pair[0] if lang is Lang.ZH else pair[1]
    return string.Formatter().vformat(template, (), _Lenient(params))


def describe(problem: Problem, lang: Lang = Lang.ZH) -> str:
    return text(problem.code, lang, **problem.params)
