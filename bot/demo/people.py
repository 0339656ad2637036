"""The demo's cast: one person per role of "Đảng ủy xã Demo", with their chats in the emulator."""

from __future__ import annotations

from dataclasses import dataclass

from bot.emulator import EmulatedChat, EmulatedUser
from conclusions.catalog import MODEL_2025

ORG_NAME = "Đảng ủy xã Demo"
ORG_LEVEL = "xa"
ORG_MODEL = MODEL_2025  # a commune as it is organised since 1/7/2025
GROUP_CHAT_ID = -2001
GROUP_TITLE = "Nhóm Hội Nông dân xã"


@dataclass(frozen=True)
class DemoPerson:
    """A fictional official of the demo commune."""

    id: str
    first_name: str
    last_name: str
    role: str
    role_label: str
    unit_key: str | None
    user_id: int
    in_group: bool = False
    platform: str = "telegram"

    @property
    def zalo_id(self) -> str:
        """Their Zalo user id (and private chat id), shaped like the platform's opaque ids."""
        return f"{self.user_id:020x}"

    @property
    def on_zalo(self) -> bool:
        """Whether they work with the bot on Zalo instead of Telegram."""
        return self.platform == "zalo"

    @property
    def name(self) -> str:
        """Full name in Vietnamese order (family name first)."""
        return f"{self.last_name} {self.first_name}"

    @property
    def user(self) -> EmulatedUser:
        """The person as the emulator knows them."""
        return EmulatedUser(id=self.user_id, first_name=self.first_name, last_name=self.last_name)

    @property
    def private_chat(self) -> EmulatedChat:
        """Their private chat with the bot."""
        return EmulatedChat.private(self.user)


CAST: tuple[DemoPerson, ...] = (
    DemoPerson("admin", "Hoa", "Nguyễn Thị", "admin", "Chánh Văn phòng Đảng ủy (quản trị)", "van_phong", 1001),
    DemoPerson("monitor", "Minh", "Lê Văn", "monitor", "Trưởng Ban Xây dựng Đảng Đảng ủy (theo dõi)", "xay_dung_dang", 1002),
    DemoPerson("leader_mttq", "Lan", "Phạm Thị", "leader", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "mttq", 1003),
    DemoPerson("leader_nong_dan", "Bình", "Trần Văn", "leader", "Chủ tịch Hội Nông dân xã", "nong_dan", 1004, True),
    DemoPerson("leader_ccb", "Dũng", "Hoàng Văn", "leader", "Chủ tịch Hội Cựu chiến binh xã", "cuu_chien_binh", 1005,
               platform="zalo"),
    DemoPerson("leader_phu_nu", "Mai", "Đỗ Thị", "leader", "Chủ tịch Hội LHPN xã", "phu_nu", 1006),
    DemoPerson("leader_doan", "Tuấn", "Vũ Minh", "leader", "Bí thư Đoàn Thanh niên xã", "doan_thanh_nien", 1007),
    DemoPerson("leader_lhtn", "Thu", "Ngô Thị", "leader", "Chủ tịch Hội LHTN Việt Nam xã", "lien_hiep_thanh_nien", 1008),
    DemoPerson("member_nong_dan", "Nam", "Đặng Văn", "member", "Cán bộ Hội Nông dân xã", "nong_dan", 1009, True),
)


def group_chat() -> EmulatedChat:
    """The Hội Nông dân's group chat, where the bot was added."""
    return EmulatedChat.group(GROUP_CHAT_ID, GROUP_TITLE)


def person(person_id: str) -> DemoPerson:
    """Look a cast member up by id."""
    for p in CAST:
        if p.id == person_id:
            return p
    raise KeyError(person_id)


def people_json(bot_username: str) -> dict:
    """The `/_demo/people` document the chat page reads."""
    people = []
    for p in CAST:
        title = "dondoc trên Zalo (trò chuyện riêng)" if p.on_zalo else "dondoc (trò chuyện riêng)"
        chats = [{"id": p.user_id, "type": "private", "title": title}]
        if p.in_group:
            chats.append({"id": GROUP_CHAT_ID, "type": "group", "title": GROUP_TITLE})
        people.append({
            "id": p.id, "name": p.name, "role": p.role, "role_label": p.role_label, "unit": p.unit_key,
            "user": {"id": p.user_id, "first_name": p.first_name, "last_name": p.last_name}, "chats": chats,
            "platform": p.platform,
        })
    return {"people": people, "bot": {"username": bot_username, "first_name": "dondoc"}}
