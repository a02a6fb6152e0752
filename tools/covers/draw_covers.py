# Draws the flat cover illustrations (1600x900 JPEG) of four sample success stories in content/stories/.
# The images are original illustrations, released under CC-BY-4.0 like the rest of the content.
"""Usage: python3 tools/covers/draw_covers.py [output-root]   (default: content/stories)

Each cover is drawn at twice its final size and scaled down, which smooths
the edges. Only Pillow is needed. No text appears in the images.
"""
import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

W, H = 1600, 900
S = 2  # supersampling factor

# Palette
TEAL = "#0d4f5c"
LTEAL = "#b7d4d7"
TERRA = "#a44a1c"
SAND = "#e0a458"
OFF = "#f6f5f1"


def mix(a, b, t):
    """Blend two #rrggbb colours: t=0 gives a, t=1 gives b."""
    a = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(round(x + (y - x) * t) for x, y in zip(a, b))


# Derived tints
TEAL_MID = mix(TEAL, LTEAL, 0.45)
TEAL_DARK = mix(TEAL, "#000000", 0.25)
LTEAL_SOFT = mix(LTEAL, OFF, 0.5)
SAND_SOFT = mix(SAND, OFF, 0.6)
TERRA_SOFT = mix(TERRA, OFF, 0.55)
WALL = mix(OFF, LTEAL, 0.18)
SKIN_A = mix(SAND, TERRA, 0.35)
SKIN_B = mix(TERRA, "#3a2418", 0.35)
HAIR = mix(TEAL, "#1b1b1b", 0.6)


class Canvas:
    def __init__(self, bg=OFF):
        self.img = Image.new("RGB", (W * S, H * S), bg)
        self.d = ImageDraw.Draw(self.img)

    @staticmethod
    def _p(*v):
        return [round(x * S) for x in v]

    def rect(self, x0, y0, x1, y1, fill, r=0, outline=None, width=0):
        box = self._p(x0, y0, x1, y1)
        if r:
            self.d.rounded_rectangle(box, radius=r * S, fill=fill, outline=outline, width=width * S)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width * S)

    def ellipse(self, cx, cy, rx, ry, fill, outline=None, width=0):
        self.d.ellipse(self._p(cx - rx, cy - ry, cx + rx, cy + ry), fill=fill,
                       outline=outline, width=width * S)

    def circle(self, cx, cy, r, fill, outline=None, width=0):
        self.ellipse(cx, cy, r, r, fill, outline, width)

    def poly(self, pts, fill):
        self.d.polygon([(x * S, y * S) for x, y in pts], fill=fill)

    def line(self, pts, fill, width, joint="curve"):
        self.d.line([(x * S, y * S) for x, y in pts], fill=fill, width=round(width * S), joint=joint)
        # round caps
        for x, y in (pts[0], pts[-1]):
            self.circle(x, y, width / 2 - 0.5, fill)

    def pieslice(self, cx, cy, r, a0, a1, fill):
        self.d.pieslice(self._p(cx - r, cy - r, cx + r, cy + r), a0, a1, fill=fill)

    def arc(self, cx, cy, r, a0, a1, fill, width):
        self.d.arc(self._p(cx - r, cy - r, cx + r, cy + r), a0, a1, fill=fill, width=round(width * S))

    def shadow(self, cx, cy, rx, ry, color):
        self.ellipse(cx, cy, rx, ry, color)

    def save(self, path):
        out = self.img.resize((W, H), Image.LANCZOS)
        out.save(path, "JPEG", quality=85, optimize=True, progressive=True)


# ----------------------------------------------------------------- shared parts

def person(c, x, ground, h=300, body=TEAL, skin=SKIN_A, scarf=None, legs=None,
           shade=None, item=None):
    """A faceless standing figure seen from the front or back, feet on `ground`."""
    legs = legs or mix(body, "#000000", 0.35)
    head_r = h * 0.085
    shoulder_y = ground - h * 0.78
    hip_y = ground - h * 0.40
    bw = h * 0.30
    # shadow
    c.shadow(x, ground + 2, bw * 0.75, h * 0.025, shade or mix(WALL, TEAL, 0.12))
    # legs
    lw = bw * 0.30
    c.rect(x - bw * 0.36, hip_y - 10, x - bw * 0.36 + lw, ground, legs, r=lw * 0.45)
    c.rect(x + bw * 0.36 - lw, hip_y - 10, x + bw * 0.36, ground, legs, r=lw * 0.45)
    # arms, then body
    arm = mix(body, "#000000", 0.14)
    aw = bw * 0.22
    hand_y = hip_y + h * 0.03
    for side in (-1, 1):
        ax = x + side * (bw / 2 - aw * 0.25)
        c.rect(ax - aw / 2, shoulder_y + h * 0.03, ax + aw / 2, hand_y, arm, r=aw / 2)
        c.circle(ax, hand_y - aw * 0.35, aw * 0.42, skin)
    c.rect(x - bw / 2, shoulder_y, x + bw / 2, hip_y + h * 0.06, body, r=bw * 0.38)
    # neck + head
    c.rect(x - head_r * 0.38, shoulder_y - head_r * 0.9, x + head_r * 0.38, shoulder_y + 4, skin)
    hy = shoulder_y - head_r * 1.55
    if scarf:
        # headscarf: rounded hood falling onto the shoulders
        c.poly([(x - head_r * 1.1, hy + head_r * 0.2), (x + head_r * 1.1, hy + head_r * 0.2),
                (x + bw * 0.4, shoulder_y + h * 0.07), (x - bw * 0.4, shoulder_y + h * 0.07)], scarf)
        c.ellipse(x, hy + head_r * 0.1, head_r * 1.15, head_r * 1.28, scarf)
        c.ellipse(x, hy + head_r * 0.22, head_r * 0.7, head_r * 0.82, skin)
    else:
        c.circle(x, hy, head_r, skin)
        c.pieslice(x, hy - 1, head_r + 1.5, 180, 360, HAIR)
    if item:
        item(x + bw / 2 - aw * 0.25, hand_y - aw * 0.35)
    return hy


def plant(c, x, ground, h=170, pot=TERRA, leaf=TEAL_MID):
    c.rect(x - 34, ground - 62, x + 34, ground, pot, r=8)
    c.rect(x - 40, ground - 70, x + 40, ground - 56, mix(pot, "#000000", 0.15), r=5)
    for ang, ln, col in ((-62, 1.0, leaf), (-95, 1.15, TEAL), (-122, 0.95, leaf),
                         (-80, 0.8, mix(leaf, OFF, 0.25)), (-108, 0.75, mix(leaf, OFF, 0.25))):
        a = math.radians(ang)
        L = h * ln
        tip = (x + math.cos(a) * L * 0.55, ground - 66 + math.sin(a) * L)
        c.line([(x, ground - 66), tip], col, 13)
        c.ellipse(tip[0], tip[1], 22, 34, col)


def seven_seg(c, x, y, w, h, digit, on, off, t=None):
    """One digit drawn as seven rounded bars (a purely graphic counter)."""
    t = t or w * 0.22
    m = h / 2
    segs = {
        "a": (x, y, x + w, y + t),
        "d": (x, y + h - t, x + w, y + h),
        "g": (x, y + m - t / 2, x + w, y + m + t / 2),
        "f": (x, y, x + t, y + m + t / 2),
        "b": (x + w - t, y, x + w, y + m + t / 2),
        "e": (x, y + m - t / 2, x + t, y + h),
        "c": (x + w - t, y + m - t / 2, x + w, y + h),
    }
    lit = {0: "abcdef", 1: "bc", 2: "abdeg", 3: "abcdg", 4: "bcfg", 5: "acdfg",
           6: "acdefg", 7: "abc", 8: "abcdefg", 9: "abcdfg"}[digit]
    for k, box in segs.items():
        if k in lit or off:
            c.rect(*box, on if k in lit else off, r=t * 0.5)


# ----------------------------------------------------------------- 1. waiting time

def cover_waiting():
    c = Canvas(WALL)
    floor = 700
    # back wall panels and floor
    c.rect(0, 0, W, floor, WALL)
    c.rect(0, 590, W, floor, mix(WALL, LTEAL, 0.3))  # lower wall band
    c.rect(0, 584, W, 592, mix(WALL, LTEAL, 0.55))
    c.rect(0, floor, W, H, mix(LTEAL, OFF, 0.35))
    c.rect(0, floor, W, floor + 10, mix(LTEAL, TEAL, 0.25))
    c.circle(1290, 230, 330, LTEAL_SOFT)  # soft halo behind the display

    # counters (right half)
    desk_top = 500
    for i, x0 in enumerate((900, 1130, 1360)):
        c.rect(x0, 250, x0 + 200, desk_top, mix(WALL, LTEAL, 0.55), r=6)   # window recess
        c.rect(x0 + 20, 275, x0 + 180, desk_top, mix(LTEAL, OFF, 0.15), r=4)  # glass
        c.rect(x0 + 20, 275, x0 + 180, 290, mix(LTEAL, TEAL, 0.2))
        lamp = SAND if i == 1 else mix(LTEAL, TEAL, 0.3)
        c.rect(x0 + 70, 222, x0 + 130, 240, lamp, r=9)  # call lamp above each window
    c.rect(870, desk_top, 1590, floor, TEAL, r=0)
    c.rect(860, desk_top - 16, 1600, desk_top + 6, TEAL_DARK, r=6)
    for x0 in (900, 1130, 1360):
        c.rect(x0 + 40, desk_top + 40, x0 + 160, desk_top + 150, mix(TEAL, LTEAL, 0.18), r=10)

    # ticket display hanging above the counters
    c.rect(1120, 20, 1128, 70, TEAL_DARK)
    c.rect(1292, 20, 1300, 70, TEAL_DARK)
    c.rect(990, 66, 1430, 200, TEAL_DARK, r=18)
    c.rect(1004, 80, 1416, 186, TEAL, r=12)
    off = None  # unlit segments are not drawn
    for k, dgt in enumerate((0, 4, 7)):
        seven_seg(c, 1036 + k * 70, 98, 50, 70, dgt, SAND, off, t=11)
    c.poly([(1274, 115), (1314, 133), (1274, 151)], OFF)      # arrow towards the window
    c.rect(1244, 127, 1280, 139, OFF, r=5)
    seven_seg(c, 1344, 98, 50, 70, 2, SAND, off, t=11)

    # clock on the wall
    c.circle(620, 170, 74, OFF, outline=TEAL, width=10)
    for k in range(12):
        a = math.radians(k * 30)
        c.circle(620 + math.cos(a) * 56, 170 + math.sin(a) * 56, 4, TEAL_MID)
    c.line([(620, 170), (620, 124)], TEAL, 9)
    c.line([(620, 170), (652, 186)], TERRA, 8)
    c.circle(620, 170, 9, TEAL)

    # ticket kiosk (left)
    kx = 150
    c.shadow(kx + 70, floor + 4, 110, 12, mix(LTEAL, TEAL, 0.25))
    c.rect(kx + 40, 560, kx + 100, floor, TEAL_DARK, r=6)
    c.rect(kx - 10, 330, kx + 150, 580, TEAL, r=22)
    c.rect(kx + 12, 352, kx + 128, 450, LTEAL, r=10)
    for j, col in enumerate((SAND, TERRA_SOFT, OFF)):
        c.rect(kx + 24, 364 + j * 28, kx + 116, 384 + j * 28, col, r=8)
    c.rect(kx + 30, 480, kx + 110, 494, TEAL_DARK, r=6)   # ticket slot
    c.rect(kx + 52, 488, kx + 88, 540, OFF, r=4)           # ticket coming out
    c.rect(kx + 58, 504, kx + 82, 510, SAND)

    # the short queue
    def ticket(hx, hy):
        c.rect(hx - 4, hy - 6, hx + 30, hy + 40, OFF, r=4)
        c.rect(hx + 3, hy + 8, hx + 23, hy + 14, SAND)
        c.circle(hx, hy, 10, SKIN_A)

    person(c, 800, floor + 56, 375, body=TERRA, skin=SKIN_B, scarf=SAND, item=ticket)
    person(c, 635, floor + 62, 355, body=SAND, skin=SKIN_A, legs=TEAL_DARK, item=ticket)
    person(c, 470, floor + 68, 365, body=TEAL_MID, skin=SKIN_B, legs=TEAL_DARK)
    # agent behind the lit window
    c.circle(1230, 395, 34, SKIN_A)
    c.pieslice(1230, 394, 35, 180, 360, HAIR)
    c.rect(1180, 440, 1280, desk_top - 16, TERRA, r=40)
    plant(c, 60, floor + 14, 150)
    return c


# ----------------------------------------------------------------- 2. open data

def cover_open_data():
    c = Canvas(OFF)
    c.circle(820, 420, 430, LTEAL_SOFT)
    c.circle(1330, 170, 120, SAND_SOFT)
    table = 720
    c.rect(0, table, W, H, mix(LTEAL, OFF, 0.2))
    c.rect(150, table - 18, 1570, table + 8, TEAL_DARK, r=8)

    # monitor
    mx0, my0, mx1, my1 = 430, 150, 1130, 600
    c.rect(mx0 + 14, my0 + 18, mx1 + 14, my1 + 18, mix(LTEAL, TEAL, 0.25), r=26)  # drop shadow
    c.rect(mx0, my0, mx1, my1, TEAL, r=26)
    c.rect(mx0 + 26, my0 + 26, mx1 - 26, my1 - 26, OFF, r=12)
    c.rect(745, my1, 815, table - 30, TEAL_DARK)
    c.rect(660, table - 42, 900, table - 18, TEAL, r=10)

    # chart inside the screen
    gx0, gy0, gx1, gy1 = mx0 + 80, my0 + 90, mx1 - 70, my1 - 70
    for k in range(5):
        y = gy1 - k * (gy1 - gy0) / 4
        c.rect(gx0, y - 1.5, gx1, y + 1.5, mix(LTEAL, OFF, 0.3))
    heights = [0.42, 0.55, 0.48, 0.63, 0.70, 0.96, 1.0, 0.58, 0.50]
    n = len(heights)
    step = (gx1 - gx0) / n
    bw = step * 0.58
    tops = []
    for i, hgt in enumerate(heights):
        x = gx0 + step * i + (step - bw) / 2
        top = gy1 - hgt * (gy1 - gy0 - 10)
        col = TERRA if i in (5, 6) else TEAL_MID
        c.rect(x, top, x + bw, gy1, col, r=7)
        c.rect(x, gy1 - 10, x + bw, gy1, col)
        tops.append((x + bw / 2, top - 34))
    c.line(tops, SAND, 7)
    for p in tops:
        c.circle(p[0], p[1], 9, OFF, outline=SAND, width=5)
    c.rect(gx0, gy1, gx1, gy1 + 5, TEAL)
    # window controls
    for k, col in enumerate((TERRA_SOFT, SAND_SOFT, LTEAL)):
        c.circle(mx0 + 56 + k * 26, my0 + 54, 8, col)

    # data sheet (a table without text) beside the monitor
    sx, sy = 1120, 342
    c.rect(sx + 12, sy + 14, sx + 262, sy + 374, mix(LTEAL, TEAL, 0.2), r=14)
    c.rect(sx, sy, sx + 250, sy + 360, "#ffffff", r=14)
    c.poly([(sx + 190, sy), (sx + 250, sy + 60), (sx + 190, sy + 60)], LTEAL)
    c.rect(sx + 26, sy + 80, sx + 224, sy + 110, TEAL, r=6)
    for r_ in range(6):
        y = sy + 128 + r_ * 36
        for col_, (a, b) in enumerate(((26, 86), (96, 156), (166, 224))):
            shade = SAND_SOFT if col_ == 2 else LTEAL_SOFT
            c.rect(sx + a, y, sx + b, y + 22, shade, r=5)
    # download badge
    bx, by = sx + 244, sy + 296
    c.circle(bx, by, 56, TERRA)
    c.rect(bx - 8, by - 34, bx + 8, by + 6, OFF, r=6)
    c.poly([(bx - 26, by - 4), (bx + 26, by - 4), (bx, by + 22)], OFF)
    c.rect(bx - 26, by + 28, bx + 26, by + 38, OFF, r=4)

    # stack of ledgers (the old paper registers) on the left
    lx = 230
    for k, col in enumerate((TERRA, SAND, TEAL_MID, TERRA_SOFT)):
        y = table - 18 - (k + 1) * 44
        c.rect(lx - (k % 2) * 14, y, lx + 230 - (k % 2) * 14, y + 40, col, r=6)
        c.rect(lx + 200 - (k % 2) * 14, y + 6, lx + 222 - (k % 2) * 14, y + 34, OFF, r=3)
    # pie chart tile top-left
    c.circle(300, 300, 96, "#ffffff")
    c.pieslice(300, 300, 74, -90, 150, TEAL)
    c.pieslice(300, 300, 74, 150, 230, SAND)
    c.pieslice(300, 300, 74, 230, 270, TERRA)
    c.circle(300, 300, 34, "#ffffff")
    plant(c, 1490, table - 14, 150, pot=TEAL)
    return c


# ----------------------------------------------------------------- 3. mobile citizen space

GROUND = mix(SAND, OFF, 0.55)
GROUND_SHADE = mix(GROUND, TEAL, 0.14)


def cover_mobile():
    sky = mix(OFF, LTEAL, 0.22)
    c = Canvas(sky)
    # sun
    c.circle(1330, 180, 128, mix(SAND, sky, 0.7))
    c.circle(1330, 180, 88, SAND)
    # hills, lightest far away
    c.ellipse(260, 660, 640, 250, mix(LTEAL, TEAL, 0.12))
    c.ellipse(1300, 690, 760, 270, mix(LTEAL, OFF, 0.25))
    c.ellipse(820, 800, 1150, 250, mix(LTEAL, TEAL, 0.28))
    ground = 760
    c.rect(0, ground, W, H, GROUND)
    # dirt road
    c.poly([(0, H), (0, 850), (600, 815), (1100, 800), (1600, 825), (1600, H)], mix(SAND, OFF, 0.3))

    def olive(x, y, s=1.0, col=TEAL_MID):
        c.rect(x - 8 * s, y - 90 * s, x + 8 * s, y, mix(TERRA, "#000000", 0.3), r=4)
        c.ellipse(x, y - 120 * s, 70 * s, 52 * s, col)
        c.ellipse(x - 40 * s, y - 100 * s, 42 * s, 34 * s, col)
        c.ellipse(x + 42 * s, y - 104 * s, 40 * s, 32 * s, col)
    olive(110, 560, 0.75)
    olive(270, 520, 0.55, mix(TEAL_MID, LTEAL, 0.3))
    olive(1470, 610, 0.95)
    olive(1330, 575, 0.6, mix(TEAL_MID, LTEAL, 0.3))

    # the van, seen from the side
    vx0, vy0, vx1, vy1 = 560, 330, 1170, 730
    c.shadow(900, vy1 + 46, 400, 14, GROUND_SHADE)
    c.rect(vx0, vy0, vx1, vy1, "#ffffff", r=30)                      # box
    c.poly([(vx1 - 30, 450), (vx1 + 100, 450), (vx1 + 175, 565), (vx1 + 175, vy1),
            (vx1 - 30, vy1)], "#ffffff")                              # cab
    c.rect(vx1 + 150, 590, vx1 + 190, vy1, "#ffffff", r=14)
    c.poly([(vx1 + 14, 472), (vx1 + 92, 472), (vx1 + 146, 560), (vx1 + 14, 560)], LTEAL)
    c.rect(vx1 - 6, 450, vx1 + 6, vy1 - 30, mix(LTEAL, OFF, 0.4))  # door gap
    c.rect(vx0, 640, vx1 + 190, 676, TEAL)                            # stripe
    c.rect(vx1 + 160, 596, vx1 + 190, 620, SAND, r=6)                 # headlight
    c.rect(vx0 - 8, vy1 - 26, vx1 + 198, vy1 + 6, TEAL_DARK, r=14)    # sill
    c.rect(vx0 + 20, vy0 + 10, vx1 - 20, vy0 + 26, mix(LTEAL, OFF, 0.5), r=8)  # roof line
    for wx in (770, 1240):
        c.circle(wx, vy1 + 12, 58, TEAL_DARK)
        c.circle(wx, vy1 + 12, 24, LTEAL)
    # two service windows with agents
    for wx, col, skin in ((610, TERRA, SKIN_A), (870, SAND, SKIN_B)):
        c.rect(wx, 460, wx + 220, 600, TEAL, r=10)
        c.rect(wx + 14, 474, wx + 206, 600, mix(LTEAL, OFF, 0.25), r=6)
        ax = wx + 145
        c.circle(ax, 526, 27, skin)
        c.pieslice(ax, 525, 28, 180, 360, HAIR)
        c.rect(ax - 50, 562, ax + 50, 604, col, r=22)
        c.rect(wx - 12, 596, wx + 232, 614, TEAL_DARK, r=5)          # counter shelf
        c.rect(wx + 40, 584, wx + 90, 598, "#ffffff", r=2)           # papers
    # striped canopy rolled out above the windows
    top, bot = 382, 436
    n = 11
    x0, x1 = vx0 - 40, vx1 + 10
    span = (x1 - x0) / n
    c.rect(vx0 - 10, top - 16, vx1 + 20, top + 2, TEAL_DARK, r=7)
    for k in range(n):
        x = x0 + k * span
        col = TERRA if k % 2 == 0 else OFF
        c.rect(x, top, x + span + 0.6, bot, col)
        c.pieslice(x + span / 2, bot, span / 2, 0, 180, col)
    c.rect(x0 - 4, bot - 4, x0 + 6, 810, TEAL_DARK)                 # canopy pole

    # visitors: one at the window, two waiting their turn
    person(c, 660, 832, 330, body=TERRA, skin=SKIN_B, legs=TEAL_DARK, shade=GROUND_SHADE)
    person(c, 440, 814, 315, body=SAND, skin=SKIN_A, scarf=TEAL, legs=TEAL_DARK,
           shade=GROUND_SHADE)
    person(c, 275, 802, 300, body=TEAL_MID, skin=SKIN_B, legs=TEAL_DARK, shade=GROUND_SHADE)
    return c


# ----------------------------------------------------------------- 4. satisfaction survey

def star(c, cx, cy, r, fill):
    pts = []
    for k in range(10):
        a = math.radians(-90 + k * 36)
        rr = r if k % 2 == 0 else r * 0.45
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    c.poly(pts, fill)


def bubble(c, x0, y0, x1, y1, fill, tail, r=40):
    c.rect(x0, y0, x1, y1, fill, r=r)
    c.poly(tail, fill)


def cover_survey():
    c = Canvas(OFF)
    c.circle(820, 470, 420, LTEAL_SOFT)
    c.circle(230, 170, 90, SAND_SOFT)
    floor = 760
    c.rect(0, floor, W, H, mix(LTEAL, OFF, 0.3))

    # two people talking, seen from the side-ish front
    person(c, 330, floor + 40, 420, body=TERRA, skin=SKIN_A, scarf=TEAL)
    person(c, 1270, floor + 40, 440, body=TEAL, skin=SKIN_B, legs=TEAL_DARK)

    # bubble with rating stars (left person)
    bubble(c, 160, 120, 640, 290, TEAL,
           [(280, 280), (330, 280), (300, 350)], r=50)
    for k in range(5):
        star(c, 222 + k * 90, 205, 36, SAND if k < 4 else mix(TEAL, LTEAL, 0.35))

    # bubble with a heart / check (right person)
    bubble(c, 1050, 150, 1420, 310, "#ffffff", [(1240, 300), (1300, 300), (1270, 360)], r=50)
    c.circle(1150, 230, 46, TERRA)
    c.line([(1128, 232), (1145, 250), (1176, 212)], OFF, 12, joint="curve")
    for k in range(3):
        c.rect(1220, 196 + k * 28, 1380 - k * 40, 212 + k * 28, LTEAL, r=8)

    # clipboard questionnaire in the middle
    bx0, by0, bx1, by1 = 640, 320, 960, 740
    c.rect(bx0 + 14, by0 + 16, bx1 + 14, by1 + 16, mix(LTEAL, TEAL, 0.25), r=22)
    c.rect(bx0, by0, bx1, by1, TERRA, r=22)
    c.rect(bx0 + 24, by0 + 40, bx1 - 24, by1 - 24, "#ffffff", r=10)
    c.rect(740, by0 - 20, 860, by0 + 34, TEAL_DARK, r=14)
    for k in range(5):
        y = by0 + 82 + k * 62
        c.rect(bx0 + 54, y, bx0 + 94, y + 40, OFF, r=8, outline=TEAL_MID, width=4)
        if k != 3:
            c.line([(bx0 + 62, y + 20), (bx0 + 73, y + 31), (bx0 + 90, y + 8)], TEAL, 7)
        c.rect(bx0 + 114, y + 8, bx1 - 60 - (k % 2) * 50, y + 30, LTEAL_SOFT if k != 3 else SAND_SOFT, r=8)

    # satisfaction gauge (donut) on the right
    gx, gy, gr = 1090, 560, 92
    c.circle(gx, gy, gr + 16, "#ffffff")
    c.arc(gx, gy, gr - 10, 0, 360, LTEAL_SOFT, 26)
    c.arc(gx, gy, gr - 10, -90, -90 + 0.81 * 360, TEAL, 26)
    star(c, gx, gy + 2, 34, SAND)

    # phone with a QR-like pattern on the left
    px0, py0 = 480, 470
    c.rect(px0, py0, px0 + 130, py0 + 230, TEAL_DARK, r=20)
    c.rect(px0 + 12, py0 + 26, px0 + 118, py0 + 204, OFF, r=8)
    cell = 8
    ox, oy = px0 + 21, py0 + 71
    bits = 0x9E3779B97F4A7C15  # fixed pseudo-random modules
    for i in range(11):
        for j in range(11):
            if (i < 4 and j < 4) or (i > 6 and j < 4) or (i < 4 and j > 6):
                continue
            if (bits >> ((i * 7 + j * 3) % 64)) & 1:
                c.rect(ox + i * cell, oy + j * cell, ox + (i + 1) * cell, oy + (j + 1) * cell, TEAL)
    for fx, fy in ((0, 0), (8, 0), (0, 8)):  # the three corner markers
        x0, y0 = ox + fx * cell, oy + fy * cell
        c.rect(x0, y0, x0 + 3 * cell, y0 + 3 * cell, TEAL)
        c.rect(x0 + 4, y0 + 4, x0 + 3 * cell - 4, y0 + 3 * cell - 4, OFF)
        c.rect(x0 + 8, y0 + 8, x0 + 3 * cell - 8, y0 + 3 * cell - 8, TEAL)

    # small floating stars / dots
    for (x, y, r, col) in ((720, 150, 20, SAND), (980, 120, 14, TERRA_SOFT), (1500, 420, 18, SAND),
                           (120, 470, 14, TEAL_MID), (1000, 240, 10, TEAL_MID)):
        star(c, x, y, r, col)
    plant(c, 1500, floor + 6, 150, pot=SAND)
    return c


COVERS = {
    "reduce-waiting-time-sfax": cover_waiting,
    "open-data-bizerte": cover_open_data,
    "mobile-citizen-space-jendouba": cover_mobile,
    "satisfaction-survey-ariana": cover_survey,
}


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("content/stories")
    for slug, draw in COVERS.items():
        folder = root / slug
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cover.jpg"
        draw().save(path)
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
