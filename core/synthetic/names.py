"""Names as they appear in the registers of rural Ningxia: surnames by ethnicity, given names by era.

The weights are impressions for synthetic data, not statistics. A small share of given names use
characters outside GB2312 (玥, 堃, 赟 ...) so that fonts, input and search get exercised.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from core.synthetic.model import HUI, Sex
from core.synthetic.sampling import chance, one_of, uniform_weights, weighted_words

HUI_SURNAMES = weighted_words(
    "马 34, 杨 6, 丁 4, 田 4, 李 4, 王 4, 海 3, 白 3, 金 3, 苏 3, 纳 2, 撒 2, 虎 2, 穆 2, 张 2, 刘 2,"
    "锁 1.5, 冶 1.5, 哈 1.5, 米 1.5, 拓 1, 兰 1, 禹 1, 妥 1, 者 0.5"
)

HAN_SURNAMES = weighted_words(
    "王 7, 李 7, 张 6, 刘 5, 陈 3, 赵 3, 杨 3, 马 2, 周 2, 吴 2, 徐 2, 孙 2, 胡 2, 朱 2, 高 2, 郭 2,"
    "何 1.5, 罗 1.5, 梁 1.5, 宋 1.5, 郑 1.5, 韩 1.5, 魏 1.5, 谢 1, 唐 1, 冯 1, 于 1, 董 1, 柳 1, 任 1,"
    "岳 1, 秦 1, 常 1, 姚 1, 薛 1, 贾 1, 苗 0.8, 景 0.5, 万 0.5, 欧阳 0.1"
)


@dataclass(frozen=True)
class _Era:
    """Given names of one era and sex: whole names, single characters (with their share), and
    first and second characters that are combined for variety."""

    whole: tuple[str, ...]
    single: str
    single_share: float
    firsts: str
    seconds: str


def _era(whole: str, single: str, single_share: float, firsts: str, seconds: str) -> _Era:
    return _Era(tuple(whole.split()), single, single_share, firsts, seconds)


# fmt: off
_MALE: dict[str, _Era] = {
    "old": _era(
        "建国 志明 海军 进财 福禄 德明 国强 振华 富贵 永福 长寿 "
        "占元 守义 万福 有才 生财 玉成 学文 天福 登科 满仓 保国",
        "福贵明忠", 0.05, "德福永占万有生玉天守", "明福财成贵才林山元义",
    ),
    "middle": _era(
        "建军 卫东 红军 志强 永军 海龙 建平 国栋 红伟 文斌 建华 国庆",
        "军勇平斌伟刚强林东辉", 0.3, "建卫志永海国文红小新", "军东强平龙栋伟斌华忠",
    ),
    "young_adult": _era(
        "文杰 海涛 建伟 小龙 宏伟 晓东 鹏飞 志刚 俊峰 亚军 海鹏",
        "鹏磊涛伟军杰波鑫亮刚宁龙斌超强", 0.35, "晓鹏海俊志亚宏小国文", "东飞涛峰军鹏伟龙杰明",
    ),
    "young": _era(
        "浩然 子涵 宇轩 梓轩 俊杰 博文 一鸣 子豪 宇航 皓轩 嘉乐 天佑 晨阳 思远",
        "浩轩博睿豪航泽宇阳辰", 0.2, "子宇浩梓俊博嘉天晨思一皓泽明文", "轩涵然豪杰文航乐佑阳远鸣睿辰泽",
    ),
}

_FEMALE: dict[str, _Era] = {
    "old": _era(
        "秀英 桂兰 玉兰 凤英 淑珍 桂英 秀兰 玉梅 春花 兰英 改花 桂芳 凤兰 翠兰 金花 引弟 转女 月英",
        "兰英梅花", 0.04, "秀桂玉凤淑春兰翠金月", "英兰梅花珍芳琴莲香娥",
    ),
    "middle": _era(
        "红梅 小燕 秀琴 彩霞 海燕 丽萍 晓梅 玉霞 春燕 桂香 亚琴",
        "丽艳芳娟燕霞萍红梅琴", 0.3, "红小秀彩海丽晓玉春亚", "梅燕琴霞萍莉娟芳英兰",
    ),
    "young_adult": _era(
        "丽娟 艳红 小红 亚楠 晓燕 雪梅 丽丽 婷婷 佳佳 文静",
        "娜静婷敏倩琴丹晶雪慧瑞丽", 0.35, "丽艳小亚晓雪文佳婷海", "娟红楠燕梅丽静婷霞琴",
    ),
    "young": _era(
        "欣怡 子涵 梓涵 雨涵 诗涵 可馨 佳怡 雨欣 思雨 梦瑶 语桐 一诺 紫萱 若曦",
        "悦彤涵萱琪妍怡欣瑶诺", 0.15, "欣子梓雨诗可佳思梦语紫若一安雅", "怡涵馨欣雨瑶桐诺萱曦琪彤妍然悦",
    ),
}
# fmt: on

# Islamic names some Hui families register (经名), used in moderation.
_HUI_MALE = uniform_weights(("哈吉", "尔萨", "穆萨", "阿里", "哈桑", "尤努斯", "优素福", "伊斯玛"))
_HUI_FEMALE = uniform_weights(("法图麦", "阿依莎", "哈丽麦", "麦燕", "海迪彻", "赛麦", "阿米乃"))
_HUI_NAME_SHARE = 0.07

# Characters outside GB2312 that turn up in names of people born since the 1980s.
_RARE_MALE = uniform_weights(("堃", "宇堃", "犇", "昇", "嘉昇", "文赟", "赟", "喆", "子喆"))
_RARE_FEMALE = uniform_weights(("玥", "子玥", "梓玥", "珺", "雅珺", "旻", "琤", "玥彤"))
_RARE_SHARE = 0.025


def era_of(birth_year: int) -> str:
    if birth_year < 1960:
        return "old"
    if birth_year < 1980:
        return "middle"
    if birth_year < 2000:
        return "young_adult"
    return "young"


def pick_surname(rng: random.Random, ethnicity: str) -> str:
    return (HUI_SURNAMES if ethnicity == HUI else HAN_SURNAMES).pick(rng)


def pick_given_name(rng: random.Random, sex: Sex, birth_year: int, ethnicity: str) -> str:
    if ethnicity == HUI and chance(rng, _HUI_NAME_SHARE):
        return (_HUI_MALE if sex == "M" else _HUI_FEMALE).pick(rng)
    if birth_year >= 1985 and chance(rng, _RARE_SHARE):
        return (_RARE_MALE if sex == "M" else _RARE_FEMALE).pick(rng)
    era = (_MALE if sex == "M" else _FEMALE)[era_of(birth_year)]
    roll = rng.random()
    if roll < era.single_share:
        return one_of(rng, era.single)
    if roll < era.single_share + (1.0 - era.single_share) / 2:
        return one_of(rng, era.whole)
    return one_of(rng, era.firsts) + one_of(rng, era.seconds)
