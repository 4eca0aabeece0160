<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>not a date in the form YYYY-MM-DD: %s</source>
        <translation>不是“年-月-日”（YYYY-MM-DD）格式的日期：%s</translation>
    </message>
    <message>
        <source>not a number: %s</source>
        <translation>不是数字：%s</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>No assistant to sign in as: set %s and %s, or run the command in a terminal.
</source>
        <translation>不知道以哪位协办员身份登录：请设置 %s 和 %s，或在终端窗口中运行此命令。
</translation>
    </message>
    <message>
        <source>There is already a database in %s; the demo is made only in an empty data folder. Use --data-dir to choose another folder.
</source>
        <translation>%s 中已有数据库；演示数据只能建在空的数据文件夹里。请用 --data-dir 另选一个文件夹。
</translation>
    </message>
    <message>
        <source>Demo database created in %s: %d residents in %d households, %d cases.</source>
        <translation>演示数据库已建在 %s：%d 位居民，%d 户，%d 件业务。</translation>
    </message>
    <message>
        <source>Sign in as assistant &quot;%s&quot; with the password &quot;%s&quot; (synthetic data, not real people).</source>
        <translation>请以协办员“%s”、密码“%s”登录（虚构的演示数据，不是真实人员）。</translation>
    </message>
    <message>
        <source>No resident matches &quot;%s&quot;.</source>
        <translation>没有找到与“%s”相符的居民。</translation>
    </message>
    <message>
        <source>Audit trail intact: %d events checked.</source>
        <translation>审计记录完整：已核对 %d 条。</translation>
    </message>
    <message>
        <source>Backup written to %s (encrypted; its key-slot file is beside it).</source>
        <translation>备份已保存到 %s（已加密；旁边是它的密钥文件）。</translation>
    </message>
    <message>
        <source>Database restored from %s.</source>
        <translation>已从 %s 恢复数据库。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %s.</source>
        <translation>被替换的数据库已另存为 %s。</translation>
    </message>
    <message>
        <source>Only a supervisor can turn the unattended key on or off.
</source>
        <translation>只有管理员才能开启或关闭无人值守密钥。
</translation>
    </message>
    <message>
        <source>Unattended key: on</source>
        <translation>无人值守密钥：已开启</translation>
    </message>
    <message>
        <source>Unattended key: off</source>
        <translation>无人值守密钥：已关闭</translation>
    </message>
    <message>
        <source>Assistant user name: </source>
        <translation>协办员用户名：</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%s yuan</source>
        <translation>%s 元</translation>
    </message>
    <message>
        <source>government pays %s, subsidy %s</source>
        <translation>政府代缴 %s，财政补贴 %s</translation>
    </message>
    <message>
        <source>needs a manual check</source>
        <translation>需要人工核实</translation>
    </message>
    <message>
        <source>pension from %s</source>
        <translation>自 %s 起领取养老金</translation>
    </message>
    <message>
        <source>%d contribution years missing</source>
        <translation>缴费年限还差 %d 年</translation>
    </message>
    <message>
        <source>Decision date: %s, age %d</source>
        <translation>判断日期：%s，年龄 %d 岁</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>参保登记</translation>
    </message>
    <message>
        <source>Government-paid contribution (代缴)</source>
        <translation>政府代缴（代缴）</translation>
    </message>
    <message>
        <source>Keeps the old minimum tier</source>
        <translation>保留原最低缴费档次</translation>
    </message>
    <message>
        <source>Pension claim</source>
        <translation>待遇领取</translation>
    </message>
    <message>
        <source>Next step: %s</source>
        <translation>下一步：%s</translation>
    </message>
    <message>
        <source>Policy pack: %s %s (%s)</source>
        <translation>政策包：%s %s（%s）</translation>
    </message>
    <message>
        <source>%d figure(s) or rule(s) used are not yet confirmed by the county; treat the result as an estimate.</source>
        <translation>用到的数字或规定中有 %d 项尚未经县里确认，结果只能作为估算。</translation>
    </message>
    <message>
        <source>Contribution years: %d (%d–%d)</source>
        <translation>缴费年限：%d 年（%d–%d 年）</translation>
    </message>
    <message>
        <source>Contribution years: 0</source>
        <translation>缴费年限：0 年</translation>
    </message>
    <message>
        <source>Account balance at 60: %s yuan</source>
        <translation>60 岁时个人账户储存额：%s 元</translation>
    </message>
    <message>
        <source>Account pension: %s yuan a month (balance ÷ %s)</source>
        <translation>个人账户养老金：每月 %s 元（储存额 ÷ %s）</translation>
    </message>
    <message>
        <source>Basic pension: %s yuan a month</source>
        <translation>基础养老金：每月 %s 元</translation>
    </message>
    <message>
        <source>Total: %s yuan a month, from %s</source>
        <translation>合计：每月 %s 元，自 %s 起</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府代缴</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>财政补贴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他资助</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>* arrears year: no government subsidy</source>
        <translation>* 补缴年度：不享受政府补贴</translation>
    </message>
    <message>
        <source>Assumption: %s</source>
        <translation>假设：%s</translation>
    </message>
    <message>
        <source>Policy pack %s, version %s</source>
        <translation>政策包 %s，版本 %s</translation>
    </message>
    <message>
        <source>Content hash: %s</source>
        <translation>内容校验值：%s</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>Figures in force on %s:</source>
        <translation>%s 有效的政策数字：</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>UNCONFIRMED</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>%d value(s) are still unknown and wait for county staff.</source>
        <translation>还有 %d 个数值未知，等待县里工作人员填写。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Compared %d residents with %d list entries on %s.</source>
        <translation>已将 %d 名居民与 %d 条名单记录比对（比对日期 %s）。</translation>
    </message>
    <message>
        <source>There is no folder %s to write the ledger in.
</source>
        <translation>没有文件夹 %s，台账无法保存到那里。
</translation>
    </message>
    <message>
        <source>The ledger could not be written to %s (%s). Close the file if it is open in Excel or WPS, or choose another folder.
</source>
        <translation>台账无法写入 %s（%s）。如果这个文件正在 Excel 或 WPS 中打开，请先关闭它，或换一个文件夹。
</translation>
    </message>
    <message>
        <source>Ledger as of %s written to %s: %d rows.</source>
        <translation>截至 %s 的台账已保存到 %s：共 %d 行。</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>要改的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>要改什么</translation>
    </message>
    <message>
        <source>There is no file %s.
</source>
        <translation>没有文件 %s。
</translation>
    </message>
    <message>
        <source>%s was not imported: nothing was saved.</source>
        <translation>%s 没有导入：什么都没有保存。</translation>
    </message>
    <message>
        <source>%s holds the same list as the one imported on %s (as of %s): nothing changed.</source>
        <translation>%s 与 %s 导入的名单（名单日期 %s）内容相同：没有任何改动。</translation>
    </message>
    <message>
        <source>Imported %s as the list of %s as of %s (%s): %d rows read, %d accepted (%d in the register), %d rejected.</source>
        <translation>已导入 %s，作为%s的名单，名单日期 %s（%s）：读取 %d 行，接受 %d 行（其中 %d 人在登记簿里），退回 %d 行。</translation>
    </message>
    <message>
        <source>No earlier list from this office was imported: all %d records are new.</source>
        <translation>以前没有导入过这个单位的名单：%d 条记录都是新的。</translation>
    </message>
    <message>
        <source>Compared with the list as of %s: %d added, %d removed, %d changed.</source>
        <translation>与日期为 %s 的名单相比：新增 %d 人，移出 %d 人，变化 %d 人。</translation>
    </message>
    <message>
        <source>civil affairs (民政)</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>the disabled persons&apos; federation (残联)</source>
        <translation>残联</translation>
    </message>
    <message>
        <source>rural revitalization (乡村振兴)</source>
        <translation>乡村振兴</translation>
    </message>
    <message>
        <source>veterans affairs (退役军人事务)</source>
        <translation>退役军人事务</translation>
    </message>
    <message>
        <source>another office</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>the date you gave</source>
        <translation>您填写的日期</translation>
    </message>
    <message>
        <source>the date in the file&apos;s title</source>
        <translation>文件标题里的日期</translation>
    </message>
    <message>
        <source>the end of the quarter the title names</source>
        <translation>标题所写季度的最后一天</translation>
    </message>
    <message>
        <source>today: the file gives no date</source>
        <translation>今天：文件里没有写日期</translation>
    </message>
    <message>
        <source>Row %d rejected: %s
</source>
        <translation>第 %d 行被退回：%s
</translation>
    </message>
    <message>
        <source>Row %d: %s
</source>
        <translation>第 %d 行：%s
</translation>
    </message>
    <message>
        <source>No list has been imported yet.</source>
        <translation>还没有导入任何名单。</translation>
    </message>
    <message>
        <source>%d accepted, %d rejected</source>
        <translation>接受 %d 行，退回 %d 行</translation>
    </message>
    <message>
        <source>%d days old</source>
        <translation>已过 %d 天</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <source>The county server&apos;s address must start with https://.</source>
        <translation>县里服务器的地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>This desk is registered with the county server %s.</source>
        <translation>本机已在县里的服务器 %s 上登记。</translation>
    </message>
    <message>
        <source>Sent %d, received %d, set aside %d, waiting %d.</source>
        <translation>上传 %d 条，下载 %d 条，单独放着 %d 条，还在等待 %d 条。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the county&apos;s by more than five minutes. The sync is not affected, but please set the clock right.</source>
        <translation>这台电脑的时钟和县里的相差五分钟以上。同步不受影响，但请把时钟调准。</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>为%1设置新密码</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>The new assistant signs in with this user name and password. Tell them the password in person; they can change it later.</source>
        <translation>新协办员用这个用户名和密码登录。请当面把密码告诉本人，以后可以自己修改。</translation>
    </message>
    <message>
        <source>A new password for %1, who forgot the old one. Tell them the new one in person; they can change it later.</source>
        <translation>为忘记了密码的%1设置新密码。请当面把新密码告诉本人，以后可以自己修改。</translation>
    </message>
    <message>
        <source>Type your present password, then the new one twice.</source>
        <translation>请输入现在的密码，再把新密码输入两遍。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name as printed on forms</source>
        <translation>打印在表格上的姓名</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name for signing in</source>
        <translation>登录用的用户名</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Present password</source>
        <translation>现在的密码</translation>
    </message>
    <message>
        <source>Pre&amp;sent password:</source>
        <translation>现在的密码(&amp;S)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再输一遍新密码</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再输一遍新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>协办员</translation>
    </message>
    <message>
        <source>Supervisor (manages accounts, sees the audit trail)</source>
        <translation>管理员（管理账号，查看审计记录）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts of this desk</source>
        <translation>本服务点的账号</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>A&amp;dd an account…</source>
        <translation>添加账号(&amp;D)…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>D&amp;eactivate…</source>
        <translation>停用(&amp;E)…</translation>
    </message>
    <message>
        <source>Deactivate the selected account</source>
        <translation>停用选中的账号</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>设置新密码(&amp;N)…</translation>
    </message>
    <message>
        <source>Set a new password for the selected account</source>
        <translation>为选中的账号设置新密码</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>协办员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s).</source>
        <translation>
            <numerusform>共有 %n 个在用账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>账号 %1 已添加。</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>已为%1设置新密码。</translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Deactivate the account of %1 (%2)? Their password will no longer open this desk. Their work stays, signed with their name.</source>
        <translation>停用%1（%2）的账号吗？此后这个密码不能再打开本服务点的数据。此人办过的业务仍然保留，并署有其姓名。</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1已不能再登录。</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>正在停用……</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cunbao village desk</source>
        <translation>村保·村级社保服务点</translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <source>Your account</source>
        <translation>您的账号</translation>
    </message>
    <message>
        <source>You will be the supervisor of this desk: you can add the other assistants later.</source>
        <translation>您将是本服务点的管理员，以后可以添加其他协办员。</translation>
    </message>
    <message>
        <source>Your password protects the residents&apos; data. Nobody can open the data without a password, not even the county, so keep it written down in a safe place.</source>
        <translation>您的密码保护着居民的数据。没有密码，谁也打不开这些数据，县里也不行，所以请把密码写下来，放在安全的地方。</translation>
    </message>
    <message>
        <source>Your n&amp;ame:</source>
        <translation>您的姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>再输一遍密码(&amp;R)：</translation>
    </message>
    <message>
        <source>as printed on forms, e.g. 马丽</source>
        <translation>打印在表格上的姓名，例如 马丽</translation>
    </message>
    <message>
        <source>small letters and digits, e.g. mali</source>
        <translation>小写字母和数字，例如 mali</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>User name for signing in</source>
        <translation>登录用的用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再输一遍密码</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>太短：至少要 8 个字符。</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Mix letters with digits or signs.</source>
        <translation>弱：容易被猜到。请把字母和数字或符号混在一起用。</translation>
    </message>
    <message>
        <source>Fair. Longer, or with a sign such as - or #, is stronger.</source>
        <translation>中等。再长一些，或加上 - 或 # 这样的符号，会更安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>密码强度：%1</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>两次输入的密码还不一样。</translation>
    </message>
    <message>
        <source>The two passwords are the same.</source>
        <translation>两次输入的密码一样。</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>协办员(&amp;A)：</translation>
    </message>
    <message>
        <source>Filter by assistant</source>
        <translation>按协办员筛选</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>做了什么(&amp;W)：</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>Filter by kind of record</source>
        <translation>按记录种类筛选</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>从这一天起</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>To this day</source>
        <translation>到这一天止</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>审计记录，最新的在前</translation>
    </message>
    <message>
        <source>◀ &amp;Newer</source>
        <translation>◀ 较新(&amp;N)</translation>
    </message>
    <message>
        <source>Newer events</source>
        <translation>较新的记录</translation>
    </message>
    <message>
        <source>&amp;Older ▶</source>
        <translation>较早(&amp;O) ▶</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>较早的记录</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>核对记录链(&amp;V)</translation>
    </message>
    <message>
        <source>Verify that no event was changed</source>
        <translation>核对有没有记录被改动</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>协办员</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Locked (idle)</source>
        <translation>锁定（无操作）</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Looked at a whole ID number</source>
        <translation>查看了完整身份证号</translation>
    </message>
    <message>
        <source>Verified the trail</source>
        <translation>核对了审计记录</translation>
    </message>
    <message>
        <source>Set up the desk</source>
        <translation>建立服务点</translation>
    </message>
    <message>
        <source>Started a form</source>
        <translation>开始填写表单</translation>
    </message>
    <message>
        <source>Unattended opening switched on</source>
        <translation>开启了无人值守打开</translation>
    </message>
    <message>
        <source>Unattended opening switched off</source>
        <translation>关闭了无人值守打开</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Unfinished form</source>
        <translation>未填完的表单</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾证</translation>
    </message>
    <message>
        <source>Scanned paper</source>
        <translation>扫描的材料</translation>
    </message>
    <message>
        <source>Agency list</source>
        <translation>部门名单</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Events %1–%2 of %3, newest first</source>
        <translation>第 %1–%2 条，共 %3 条，最新的在前</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>没有符合这些条件的记录。</translation>
    </message>
    <message>
        <source>The trail is intact: %1 events checked, none was changed, removed or reordered.</source>
        <translation>审计记录完整：已核对 %1 条，没有记录被修改、删除或调换顺序。</translation>
    </message>
    <message>
        <source>The trail is broken at event %1. %2</source>
        <translation>审计记录在第 %1 条处断开。%2</translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation>正在逐条核对……</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Money in your account at the end of each year</source>
        <translation>每年年底您账户里的钱</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Chart of the account balance by year</source>
        <translation>账户余额逐年变化图</translation>
    </message>
    <message>
        <source>Money in your account (yuan)</source>
        <translation>您账户里的钱（元）</translation>
    </message>
    <message>
        <source>From %1 yuan at the end of %2 to %3 yuan at the end of %4.</source>
        <translation>从 %2 年底的 %1 元，涨到 %4 年底的 %3 元。</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Cancel the home visit</source>
        <translation>取消上门服务</translation>
    </message>
    <message>
        <source>Cancel the visit to %1 on %2 (%3)?</source>
        <translation>取消 %2 给%1的上门服务（%3）吗？</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. moved in with a daughter in town</source>
        <translation>例如：已搬到城里女儿家住</translation>
    </message>
    <message>
        <source>Why the visit is cancelled</source>
        <translation>取消上门的原因</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>取消上门(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>取消上门</translation>
    </message>
    <message>
        <source>&amp;Keep the visit</source>
        <translation>保留上门安排(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the visit as planned</source>
        <translation>按原计划上门</translation>
    </message>
    <message>
        <source>Cancelling the visit…</source>
        <translation>正在取消上门…</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍等。</translation>
    </message>
    <message>
        <source>Please show your ID card and household register.</source>
        <translation>请出示身份证和户口簿。</translation>
    </message>
    <message>
        <source>Please sign or press your fingerprint here.</source>
        <translation>请在这里签字或按手印。</translation>
    </message>
    <message>
        <source>Your business is done.</source>
        <translation>您的业务办好了。</translation>
    </message>
    <message>
        <source>Please say that again.</source>
        <translation>请再说一遍。</translation>
    </message>
    <message>
        <source>Please look at the screen.</source>
        <translation>请看屏幕。</translation>
    </message>
    <message>
        <source>Is this right? Please nod or shake your head.</source>
        <translation>这样对吗？对就点头，不对就摇头。</translation>
    </message>
    <message>
        <source>Please take a seat.</source>
        <translation>请坐。</translation>
    </message>
    <message>
        <source>Show words to the resident</source>
        <translation>给居民看的字</translation>
    </message>
    <message>
        <source>For a resident who cannot hear you: what you send here shows in large type on the resident screen. Press Enter to show it, Escape to take it away.</source>
        <translation>居民听不见时用：在这里发的字会用大字显示在居民屏幕上。按回车键显示，按 Esc 键撤下。</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>要显示的字(&amp;W)：</translation>
    </message>
    <message>
        <source>Words to show the resident</source>
        <translation>要给居民看的字</translation>
    </message>
    <message>
        <source>type here, then press Enter</source>
        <translation>在这里输入，然后按回车键</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the typed words on the resident screen</source>
        <translation>把输入的字显示在居民屏幕上</translation>
    </message>
    <message>
        <source>&amp;Clear the screen</source>
        <translation>撤下屏幕上的字(&amp;C)</translation>
    </message>
    <message>
        <source>Take the words off the resident screen</source>
        <translation>把字从居民屏幕上撤下</translation>
    </message>
    <message>
        <source>Common phrases (one press shows them):</source>
        <translation>常用语（按一下就显示）：</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>Now on the resident screen: %1</source>
        <translation>居民屏幕上现在显示：%1</translation>
    </message>
    <message>
        <source>Nothing from you is on the resident screen.</source>
        <translation>居民屏幕上没有您发的字。</translation>
    </message>
</context>
<context>
    <name>CaseData</name>
    <message>
        <source>Contribution tier</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>谁来出钱</translation>
    </message>
    <message>
        <source>Hardship groups</source>
        <translation>困难群体类别</translation>
    </message>
    <message>
        <source>Hardship group</source>
        <translation>困难群体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>The county pays</source>
        <translation>县里代缴</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>财政补贴</translation>
    </message>
    <message>
        <source>Checked by hand at the county</source>
        <translation>由县里人工核对</translation>
    </message>
    <message>
        <source>Tier until now</source>
        <translation>原缴费档次</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新缴费档次</translation>
    </message>
    <message>
        <source>Keeps the 100-yuan tier</source>
        <translation>保留100元档次</translation>
    </message>
    <message>
        <source>Years paid</source>
        <translation>已缴费年限</translation>
    </message>
    <message>
        <source>Years missing</source>
        <translation>欠缴年数</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Paid into</source>
        <translation>待遇发放到</translation>
    </message>
    <message>
        <source>Pension from</source>
        <translation>待遇起始月份</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Detail changed</source>
        <translation>变更项目</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新内容</translation>
    </message>
    <message>
        <source>Needs the new ID card</source>
        <translation>需要新身份证</translation>
    </message>
    <message>
        <source>Household registered in</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Returned by the county before</source>
        <translation>县里曾退回</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Papers are incomplete</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <source>The resident&apos;s signature is missing</source>
        <translation>缺少居民本人签字</translation>
    </message>
    <message>
        <source>The copy of the ID card cannot be read</source>
        <translation>身份证复印件看不清</translation>
    </message>
    <message>
        <source>The resident&apos;s own page of the household register is missing</source>
        <translation>缺少户口簿本人页</translation>
    </message>
    <message>
        <source>The agency has not confirmed the group membership</source>
        <translation>主管部门尚未确认困难群体身份</translation>
    </message>
    <message>
        <source>the resident</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>the county (代缴)</source>
        <translation>县里代缴</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>财政补贴</translation>
    </message>
    <message>
        <source>the village collective</source>
        <translation>村集体补助</translation>
    </message>
    <message>
        <source>charity</source>
        <translation>社会公益资助</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>social security card</source>
        <translation>社会保障卡</translation>
    </message>
    <message>
        <source>%1 year(s)</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1, corrected %2: %3</source>
        <translation>%1 退回，%2 已改正：%3</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>没有写明原因</translation>
    </message>
</context>
<context>
    <name>CaseReview</name>
    <message>
        <source>On a home visit (上门服务) on %1 at %2, by %3.</source>
        <translation>上门服务：%1，在%2，由%3办理。</translation>
    </message>
    <message>
        <source>%1, %2, born %3 (%4 years old)</source>
        <translation>%1，%2，%3 出生（%4 岁）</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>身份证号码 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Received: %1.</source>
        <translation>已收到：%1。</translation>
    </message>
    <message>
        <source>%1: verified from the %2 (list date %3), no need to bring it.</source>
        <translation>%1：已由%2核实（名单日期 %3），无需再交。</translation>
    </message>
    <message>
        <source>Still missing: %1. The application waits until they are brought.</source>
        <translation>还缺：%1。材料交齐后才能报送。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case %1</source>
        <translation>业务 %1</translation>
    </message>
    <message>
        <source>Status: %1 · last changed %2 by %3</source>
        <translation>状态：%1 · 最近由 %3 于 %2 修改</translation>
    </message>
    <message>
        <source>Resident: %1 (%2)</source>
        <translation>居民：%1（%2）</translation>
    </message>
    <message>
        <source>Returned by the county: %1</source>
        <translation>县里退回：%1</translation>
    </message>
    <message>
        <source>Correct and send &amp;again</source>
        <translation>改正后重新提交(&amp;A)</translation>
    </message>
    <message>
        <source>Correct the case in its form and send it to the county again</source>
        <translation>在表里改正这笔业务，再交给县里</translation>
    </message>
    <message>
        <source>Opens the case&apos;s form with everything recorded so far. Change what the county asked for and have the resident confirm again; the same case then goes back to the county.</source>
        <translation>打开这笔业务的表，原来填的内容都在。按县里的要求改好，请居民重新确认，同一笔业务就会重新交给县里。</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>登记的内容</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Scans and photos</source>
        <translation>扫描件和照片</translation>
    </message>
    <message>
        <source>&amp;Record papers received</source>
        <translation>登记已收材料(&amp;R)</translation>
    </message>
    <message>
        <source>Record the ticked papers as received now</source>
        <translation>把勾选的材料登记为现在已收到</translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation>重新打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the case&apos;s forms again</source>
        <translation>重新打印这件业务的表格</translation>
    </message>
    <message>
        <source>Res&amp;ident page</source>
        <translation>居民页面(&amp;I)</translation>
    </message>
    <message>
        <source>Open the resident&apos;s page</source>
        <translation>打开这位居民的页面</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>关闭这件业务</translation>
    </message>
    <message>
        <source>What was recorded in the case</source>
        <translation>这件业务登记的内容</translation>
    </message>
    <message>
        <source>Papers of the case; tick those brought in now</source>
        <translation>这件业务的材料；勾选现在交来的材料</translation>
    </message>
    <message>
        <source>Scans and photos of the case</source>
        <translation>这件业务的扫描件和照片</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>没有登记内容。</translation>
    </message>
    <message>
        <source>This case has no papers checklist.</source>
        <translation>这件业务没有材料清单。</translation>
    </message>
    <message>
        <source>The county has this case now; its papers are no longer changed here.</source>
        <translation>这件业务已交到县里，材料不能再在这里修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n required paper(s) still missing. Tick what the resident brought in now, then record it.</source>
        <translation>
            <numerusform>还缺 %n 份必交材料。请勾选居民现在带来的材料，再点“登记已收材料”。</numerusform>
        </translation>
    </message>
    <message>
        <source>All required papers are here.</source>
        <translation>必交的材料都齐了。</translation>
    </message>
    <message numerus="yes">
        <source>original and %n copy(ies)</source>
        <translation>
            <numerusform>原件和 %n 份复印件</numerusform>
        </translation>
    </message>
    <message>
        <source>original shown</source>
        <translation>出示原件</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n 份复印件</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必交</translation>
    </message>
    <message>
        <source>if there is one</source>
        <translation>有的话交</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未交</translation>
    </message>
    <message>
        <source>(proves %1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Recording the papers…</source>
        <translation>正在登记材料……</translation>
    </message>
    <message>
        <source>Opening the case for correcting…</source>
        <translation>正在打开业务，准备改正…</translation>
    </message>
    <message>
        <source>No scans or photos were added.</source>
        <translation>还没有添加扫描件或照片。</translation>
    </message>
    <message>
        <source>Opening the scans…</source>
        <translation>正在打开扫描件……</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>draft NOT saved: %1</source>
        <translation>草稿没有保存：%1</translation>
    </message>
    <message>
        <source>draft saved %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>Case %1 is corrected and goes to the county again. The county had returned it: %2</source>
        <translation>业务 %1 已改正，将重新交给县里。县里当时退回的原因：%2</translation>
    </message>
    <message>
        <source>Correcting case %1, returned by the county: %2</source>
        <translation>正在改正县里退回的业务 %1。退回原因：%2</translation>
    </message>
    <message>
        <source>Keep what has been entered so far as a draft, to finish later?</source>
        <translation>把已经填写的内容存为草稿，以后接着办吗？</translation>
    </message>
    <message>
        <source>%1 for %2, at the step &quot;%3&quot;.</source>
        <translation>%2的%1，办到“%3”这一步。</translation>
    </message>
    <message>
        <source>a resident not yet identified</source>
        <translation>还没确定是哪位居民</translation>
    </message>
    <message>
        <source>A draft is listed under the desk&apos;s unfinished work. Discard deletes what was typed; a resident already registered stays registered.</source>
        <translation>草稿会列在“未办完的事项”里。选“不要了”会删掉已填写的内容；已经登记的居民仍保留在花名册中。</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>存为草稿(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>不要了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>回到表格继续填(&amp;G)</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation>删掉已填写的内容</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>回到表格继续填</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Papers missing</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Case &amp;type:</source>
        <translation>业务类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>协办员(&amp;A)：</translation>
    </message>
    <message>
        <source>Filter by &amp;change date</source>
        <translation>按修改日期筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>到(&amp;L)：</translation>
    </message>
    <message>
        <source>Sho&amp;w all cases</source>
        <translation>显示全部业务(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开业务(&amp;O)</translation>
    </message>
    <message>
        <source>Show cases of this type</source>
        <translation>只显示这种类型的业务</translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation>只显示这个状态的业务</translation>
    </message>
    <message>
        <source>Show cases handled by this assistant</source>
        <translation>只显示这位协办员经办的业务</translation>
    </message>
    <message>
        <source>Only cases changed between two dates</source>
        <translation>只显示在两个日期之间修改过的业务</translation>
    </message>
    <message>
        <source>Changed on or after</source>
        <translation>修改日期从</translation>
    </message>
    <message>
        <source>Changed on or before</source>
        <translation>修改日期到</translation>
    </message>
    <message>
        <source>Clear the filters and show all cases</source>
        <translation>清除筛选条件，显示全部业务</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>打开选中的业务</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not yet decided by the county)</source>
        <translation>未办结（县里还没有结论）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Looking for cases…</source>
        <translation>正在查找业务……</translation>
    </message>
    <message>
        <source>Showing the newest %1 cases; narrow the filters to see others.</source>
        <translation>只显示最新的 %1 件业务；要看其他的，请缩小筛选范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件业务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Which list do you want to import?</source>
        <translation>要导入哪一份名单？</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>发来的单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any row has a problem</source>
        <translation>严格模式(&amp;S)：只要有一行有问题，整份都不导入</translation>
    </message>
    <message>
        <source>Without strict mode the good rows are imported and the rows with problems are listed for the office to fix. Choose strict mode when the office must send a corrected file before anything counts.</source>
        <translation>不选严格模式时，没问题的行照常导入，有问题的行单独列出来，交给发名单的单位改正。如果要等单位发来改好的文件才算数，就选严格模式。</translation>
    </message>
    <message>
        <source>List file</source>
        <translation>名单文件</translation>
    </message>
    <message>
        <source>An .xlsx, .xls or .csv file from the office</source>
        <translation>单位发来的 .xlsx、.xls 或 .csv 文件</translation>
    </message>
    <message>
        <source>Choose the list file</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <source>Office that sent the list</source>
        <translation>发名单的单位</translation>
    </message>
    <message>
        <source>Strict mode: import nothing if any row has a problem</source>
        <translation>严格模式：只要有一行有问题，整份都不导入</translation>
    </message>
</context>
<context>
    <name>ClaimChoicesPage</name>
    <message>
        <source>Where the pension is paid</source>
        <translation>养老金发放到哪里</translation>
    </message>
    <message>
        <source>Take the account number from the card or passbook the resident brought, and read it back to them.</source>
        <translation>照着居民带来的卡或存折填写账号，填好后念给居民听，让其核对。</translation>
    </message>
    <message>
        <source>Pay the pension onto</source>
        <translation>养老金发放到</translation>
    </message>
    <message>
        <source>the &amp;social security card&apos;s financial account (社保卡)</source>
        <translation>社保卡的金融账户(&amp;S)</translation>
    </message>
    <message>
        <source>Paid onto the social security card</source>
        <translation>发放到社保卡</translation>
    </message>
    <message>
        <source>a bank &amp;card or passbook in the resident&apos;s own name</source>
        <translation>本人名下的银行卡或存折(&amp;C)</translation>
    </message>
    <message>
        <source>Paid onto a bank card or passbook</source>
        <translation>发放到银行卡或存折</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>开户银行(&amp;K)：</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>choose or type the bank&apos;s name</source>
        <translation>选择或填写银行名称</translation>
    </message>
    <message>
        <source>Acco&amp;unt number:</source>
        <translation>账号(&amp;U)：</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The number &amp;again:</source>
        <translation>再输一遍账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Account number typed again</source>
        <translation>再次输入的账号</translation>
    </message>
    <message>
        <source>type it once more, to catch a slip</source>
        <translation>再输一遍，防止输错</translation>
    </message>
    <message>
        <source>The name on the card or passbook is the resident&apos;s &amp;own</source>
        <translation>卡或存折上的户名是居民本人(&amp;O)</translation>
    </message>
    <message>
        <source>The account is in the resident&apos;s own name</source>
        <translation>账户是居民本人名下的</translation>
    </message>
    <message>
        <source>The pension starts in %1, the month after the 60th birthday (set by the policy, not chosen).</source>
        <translation>养老金从 %1 开始发放，即年满 60 周岁的次月（按政策确定，不能选择）。</translation>
    </message>
    <message>
        <source>That month has passed: the county decides from which month the pension is paid (待县级确认).</source>
        <translation>这个月份已经过去：从哪个月开始发放由县里决定（待县级确认）。</translation>
    </message>
    <message>
        <source>It is paid once the missing years are settled and the county approves.</source>
        <translation>欠缴的年限办好、县里审核通过后才开始发放。</translation>
    </message>
    <message>
        <source>Card&apos;s acco&amp;unt number:</source>
        <translation>社保卡金融账号(&amp;U)：</translation>
    </message>
    <message>
        <source>This number does not pass the usual bank-card check. Read it again from the card with the resident; if it is right (some passbooks do not pass this check), go on.</source>
        <translation>这个账号没有通过银行卡的常规校验。请和居民一起对照卡片再核对一遍；如果确实没错（有些存折账号不符合这项校验），可以继续办理。</translation>
    </message>
    <message>
        <source>Type the account number from the card or passbook.</source>
        <translation>请照着卡或存折填写账号。</translation>
    </message>
    <message>
        <source>An account number has only digits. Type it again from the card, without letters or other signs.</source>
        <translation>账号只有数字。请照着卡片重新填写，不要有字母或其他符号。</translation>
    </message>
    <message>
        <source>The account number has %1 digits; an account number has 12 to 19. Check it against the card.</source>
        <translation>这个账号有 %1 位，账号应为 12 到 19 位。请对照卡片核对。</translation>
    </message>
    <message>
        <source>The two numbers typed differ. Type the number again in both boxes.</source>
        <translation>两次输入的账号不一样。请在两个框里重新输入。</translation>
    </message>
    <message>
        <source>Choose or type the bank&apos;s name.</source>
        <translation>请选择或填写开户银行。</translation>
    </message>
    <message>
        <source>The pension is paid only into the resident&apos;s own account: check the name on the card or passbook and tick the box.</source>
        <translation>养老金只能发放到居民本人的账户：请核对卡或存折上的户名，然后勾选此项。</translation>
    </message>
</context>
<context>
    <name>ClaimPolicyPage</name>
    <message>
        <source>%1 can apply now; the next step is below.</source>
        <translation>%1 现在可以申请，下一步怎么办见下面。</translation>
    </message>
    <message>
        <source>A pension claim for %1 was already made on %2 (%3). Open that case from the case list instead of starting another.</source>
        <translation>%1 已在 %2 申请过领取养老金（%3）。请在业务列表中打开那笔业务继续办理，不要重复申请。</translation>
    </message>
    <message>
        <source>Nothing to claim: %1 already draws the residents&apos; pension. Close the form, or save a note for the file.</source>
        <translation>无需申领：%1 已在领取城乡居民养老金。请关闭表格，或存一条备注备查。</translation>
    </message>
    <message>
        <source>One person draws only one basic pension. Save a note; the county explains what happens to the years paid into the residents&apos; pension.</source>
        <translation>一个人只能领取一种基本养老金。请存一条备注；已缴的城乡居民养老保险年限怎么处理，由县里解释。</translation>
    </message>
    <message>
        <source>%1 is not enrolled in the residents&apos; pension: enrol first (参保登记); the county then says how the missing years can be paid.</source>
        <translation>%1 还没有参加城乡居民养老保险：请先办理参保登记；欠缴的年限怎么补，由县里告知。</translation>
    </message>
    <message>
        <source>%1 turns 60 soon: the claim can be prepared now. The pension starts in %2, the month after the 60th birthday.</source>
        <translation>%1 即将年满 60 周岁，现在就可以准备申领。养老金从 %2 开始发放，即年满 60 周岁的次月。</translation>
    </message>
    <message>
        <source>Too early: the pension can start in %1. Come back in the month before; until then keep paying every year.</source>
        <translation>现在还太早：养老金最早从 %1 开始发放。请在前一个月再来办理；在此之前每年继续缴费。</translation>
    </message>
    <message>
        <source>The missing years cannot be paid now. Save a note, and ask the county what other support applies.</source>
        <translation>欠缴的年限现在不能补缴。请存一条备注，并向县里咨询还有哪些帮扶办法。</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution year(s) missing: paying every year until 60 closes the gap.</source>
        <translation>
            <numerusform>还差 %n 年缴费年限：从现在起每年缴费到 60 周岁就能补足。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) would have to be paid in arrears (补缴). Whether Ningxia allows that at 60 or older is not settled (待县级确认): send the claim with the missing years marked; the county decides and tells the resident through the township.</source>
        <translation>
            <numerusform>需要补缴 %n 年。宁夏是否允许 60 周岁及以上补缴，目前还没有定论（待县级确认）：请照常报送申请并注明欠缴年限，由县里决定，再通过乡镇告知居民。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step: pay %n missing year(s) in arrears (补缴) before the pension starts.</source>
        <translation>
            <numerusform>下一步：在开始领取养老金之前，补缴欠缴的 %n 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrears can bring the total up to %1 years, no more. Arrears years get no government subsidy, and each is paid at one of the tiers (at least %2 yuan a year).</source>
        <translation>补缴后累计年限最多只能到 %1 年。补缴的年份没有政府缴费补贴，每年按一个缴费档次缴纳（每年至少 %2 元）。</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>On a hardship list, not enrolled</source>
        <translation>在困难群体名单上但未参保</translation>
    </message>
    <message>
        <source>代缴 missing this year</source>
        <translation>今年未代缴</translation>
    </message>
    <message>
        <source>代缴 recorded, no longer on a list</source>
        <translation>已代缴但已不在名单上</translation>
    </message>
    <message>
        <source>Turning 60 or 16 soon</source>
        <translation>即将满60周岁或16周岁</translation>
    </message>
    <message>
        <source>Will not reach 15 years by 60</source>
        <translation>到60周岁缴费不满15年</translation>
    </message>
    <message>
        <source>Lists out of date</source>
        <translation>名单过期</translation>
    </message>
    <message>
        <source>Hukou elsewhere: hand over</source>
        <translation>户口在外地，需转交</translation>
    </message>
    <message>
        <source>Open an enrolment case</source>
        <translation>办理参保</translation>
    </message>
    <message>
        <source>Open a 代缴 case</source>
        <translation>办理代缴</translation>
    </message>
    <message>
        <source>Open a pension claim case</source>
        <translation>办理待遇领取</translation>
    </message>
    <message>
        <source>Open a tier change case</source>
        <translation>办理档次变更</translation>
    </message>
    <message>
        <source>Open a change of details case</source>
        <translation>办理信息变更</translation>
    </message>
    <message>
        <source>Register the resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Check who this is</source>
        <translation>核对是哪一位</translation>
    </message>
    <message>
        <source>Hand over to %1</source>
        <translation>转交给%1</translation>
    </message>
    <message>
        <source>Ask for a new list</source>
        <translation>要新名单</translation>
    </message>
    <message>
        <source>Ask the township to check</source>
        <translation>请乡镇核实</translation>
    </message>
    <message>
        <source>Send the certificate copies up</source>
        <translation>把证件复印件交上去</translation>
    </message>
    <message>
        <source>Check again next year</source>
        <translation>明年再核对</translation>
    </message>
    <message>
        <source>Explain back payment</source>
        <translation>说明补缴</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <source>Reading the agencies&apos; lists…</source>
        <translation>正在读取各部门名单…</translation>
    </message>
    <message>
        <source>Comparing the lists with the register…</source>
        <translation>正在将名单与花名册比对…</translation>
    </message>
</context>
<context>
    <name>ComparePart</name>
    <message>
        <source>Check &amp;lists</source>
        <translation>核对名单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>工作清单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>统计(&amp;F)</translation>
    </message>
    <message>
        <source>Lists, worklists and figures</source>
        <translation>名单、工作清单和统计</translation>
    </message>
</context>
<context>
    <name>CompareScreens</name>
    <message>
        <source>Save the management ledger</source>
        <translation>保存管理台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Stopped before the end. Nothing was changed; press “Compare again” to start over.</source>
        <translation>比对没有做完就停了，什么也没有改动。要重新比对，请按“重新比对”。</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Close it if it is open in Excel or WPS, or choose another folder.</source>
        <translation>文件没能保存（%1）。如果这个文件在 Excel 或 WPS 里开着，请先关掉；或者换一个文件夹保存。</translation>
    </message>
</context>
<context>
    <name>ConfirmMatchDialog</name>
    <message>
        <source>Is this the person?</source>
        <translation>是这个人吗？</translation>
    </message>
    <message>
        <source>Row %1 of the list is about %2 (ID number %3, born %4)?

Check it with the paper list or the resident. Once confirmed, the row counts for this resident.</source>
        <translation>名单第 %1 行说的是 %2（身份证号 %3，%4 出生）吗？

请和纸质名单或居民本人核对。确认以后，这一行就算这位居民的。</translation>
    </message>
    <message>
        <source>&amp;Yes, it is this person</source>
        <translation>是，就是这个人(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes, the row is about this resident</source>
        <translation>是，这一行就是这位居民</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>不是(&amp;N)</translation>
    </message>
    <message>
        <source>No, do not match the row</source>
        <translation>不是，不要对上这一行</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>The resident confirms</source>
        <translation>居民确认</translation>
    </message>
    <message>
        <source>How will the printed form be confirmed? Then tick that the resident agrees and save the case.</source>
        <translation>打印出来的表格由谁、怎样确认？然后勾选居民同意，保存这笔业务。</translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation>保存业务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;1 The resident signs the form</source>
        <translation>居民本人在表上签字(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 The resident presses a fingerprint or makes a mark; a witness signs beside it</source>
        <translation>居民按手印或画记号，由见证人在旁边签字(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 A proxy (代办人) applies for the resident</source>
        <translation>由代办人替居民办理(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Witness&apos;s name:</source>
        <translation>见证人姓名(&amp;W)：</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>见证人姓名</translation>
    </message>
    <message>
        <source>The proxy applicant</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Proxy&apos;s &amp;name:</source>
        <translation>代办人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Proxy&apos;s name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>&amp;Relationship to the resident:</source>
        <translation>与居民的关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Relationship to the resident</source>
        <translation>与居民的关系</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son or daughter</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Village committee member</source>
        <translation>村（居）委会工作人员</translation>
    </message>
    <message>
        <source>Proxy&apos;s &amp;ID number:</source>
        <translation>代办人身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Proxy&apos;s ID number</source>
        <translation>代办人身份证号</translation>
    </message>
    <message>
        <source>Signed letter of &amp;authorization (委托书) received</source>
        <translation>已收到签好字的委托书(&amp;A)</translation>
    </message>
    <message>
        <source>Letter of authorization received</source>
        <translation>已收到委托书</translation>
    </message>
    <message>
        <source>Copy of the proxy&apos;s ID card received</source>
        <translation>已收到代办人身份证复印件</translation>
    </message>
    <message>
        <source>The resident (or the proxy) has heard the summary and &amp;agrees</source>
        <translation>居民（或代办人）已听过汇总内容并同意(&amp;A)</translation>
    </message>
    <message>
        <source>The resident agrees</source>
        <translation>居民同意</translation>
    </message>
    <message>
        <source>Type the name of the witness who watches the fingerprint or mark.</source>
        <translation>请填写在场看着按手印或画记号的见证人姓名。</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s name.</source>
        <translation>请填写代办人姓名。</translation>
    </message>
    <message>
        <source>Choose or type how the proxy is related to the resident.</source>
        <translation>请选择或填写代办人和居民的关系。</translation>
    </message>
    <message>
        <source>That is the resident&apos;s own ID number. A proxy is another person: type the proxy&apos;s ID number.</source>
        <translation>这是居民本人的身份证号。代办人是另外一个人，请填写代办人的身份证号。</translation>
    </message>
    <message>
        <source>Read the summary to the resident and tick that they agree.</source>
        <translation>请把汇总内容念给居民听，并勾选居民同意。</translation>
    </message>
</context>
<context>
    <name>DaijiaoChoicesPage</name>
    <message>
        <source>Group, certificate and year</source>
        <translation>群体、证件和年度</translation>
    </message>
    <message>
        <source>Choose the group the resident belongs to and copy the certificate that proves it. The amounts follow from the policy.</source>
        <translation>选择居民所属的群体，照着证件填写。代缴金额按政策自动算出。</translation>
    </message>
    <message>
        <source>Hardship &amp;group:</source>
        <translation>困难群体(&amp;G)：</translation>
    </message>
    <message>
        <source>Hardship group</source>
        <translation>困难群体</translation>
    </message>
    <message>
        <source>— choose the group —</source>
        <translation>— 请选择群体 —</translation>
    </message>
    <message>
        <source>&amp;Kind within the group:</source>
        <translation>具体类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind within the group</source>
        <translation>群体中的具体类型</translation>
    </message>
    <message>
        <source>— choose the kind —</source>
        <translation>— 请选择类型 —</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber:</source>
        <translation>证件编号(&amp;U)：</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证件编号</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发证日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Date the certificate was issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>e.g. 2024-05-10</source>
        <translation>例如 2024-05-10</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>Date the certificate ends</source>
        <translation>证件有效期截止日期</translation>
    </message>
    <message>
        <source>leave empty when the certificate has no end date</source>
        <translation>证件上没写截止日期（长期有效）就空着</translation>
    </message>
    <message>
        <source>For the &amp;year:</source>
        <translation>代缴年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year the government pays for</source>
        <translation>政府代缴的年度</translation>
    </message>
    <message>
        <source>Choose the hardship group the resident belongs to.</source>
        <translation>请选择居民所属的困难群体。</translation>
    </message>
    <message>
        <source>Choose the kind of %1 (it is written on the proof).</source>
        <translation>请选择属于“%1”中的哪一类（证明上有写）。</translation>
    </message>
    <message>
        <source>Type the number of the %1.</source>
        <translation>请填写%1的编号。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>%1 at grade %2</source>
        <translation>%2级的%1残疾</translation>
    </message>
    <message>
        <source>This certificate is for a %1 disability of grade %2, but %3 needs %4.</source>
        <translation>这张残疾人证是%1残疾%2级，而“%3”要求的是%4。</translation>
    </message>
    <message>
        <source>It fits the group %1: choose that group instead.</source>
        <translation>它符合“%1”：请改选这个群体。</translation>
    </message>
    <message>
        <source>It puts the resident in no group the government pays for; if the resident belongs to another group (低保 and so on), choose it and copy its proof.</source>
        <translation>凭这张证不属于任何代缴群体；如果居民还属于别的群体（低保等），请选那个群体并填写相应证明。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>any kind of disability</source>
        <translation>各类</translation>
    </message>
    <message>
        <source>Type the date the certificate was issued (发证日期).</source>
        <translation>请填写证件上的发证日期。</translation>
    </message>
    <message>
        <source>%1 is not a date. Type it as on the certificate, e.g. 2024-05-10.</source>
        <translation>“%1”不是日期。请照证件上的写，例如 2024-05-10。</translation>
    </message>
    <message>
        <source>The issue date %1 is after today. Check the date on the certificate.</source>
        <translation>发证日期 %1 比今天还晚。请核对证件上的日期。</translation>
    </message>
    <message>
        <source>The certificate cannot end (%1) before it was issued (%2). Check both dates.</source>
        <translation>证件的截止日期（%1）不能早于发证日期（%2）。请核对这两个日期。</translation>
    </message>
    <message>
        <source>The certificate ended on %1, before %2 began, so it cannot prove the group for %2. Ask the resident for the renewed certificate.</source>
        <translation>这张证件 %1 就到期了，在 %2 年开始之前，不能证明 %2 年属于该群体。请居民拿换发的新证件来。</translation>
    </message>
    <message>
        <source>The certificate number cannot tell which disabilities a multiple (多重) certificate covers, so the county looks at the certificate itself. The amount is set after that look (待县级确认).</source>
        <translation>多重残疾的证号看不出包含哪几类残疾，要由县里看证件本身来认定。代缴金额在认定后确定（待县级确认）。</translation>
    </message>
    <message>
        <source>For %1 the county pays: 待县级确认 (the county has not set its amount for this group yet).</source>
        <translation>%1 年县里代缴的金额：待县级确认（县里还没定这个群体的金额）。</translation>
    </message>
    <message>
        <source>For %1 the county pays %2 yuan (待县级确认) of the %3-yuan minimum tier for the resident (代缴).</source>
        <translation>%1 年，%3 元最低档次中由县里为居民代缴 %2 元（待县级确认）。</translation>
    </message>
    <message>
        <source>For %1 the county pays %2 yuan of the %3-yuan minimum tier for the resident (代缴).</source>
        <translation>%1 年，%3 元最低档次中由县里为居民代缴 %2 元。</translation>
    </message>
    <message>
        <source>The resident pays the remaining %1 yuan.</source>
        <translation>剩下的 %1 元由居民自己交。</translation>
    </message>
    <message>
        <source>The resident pays nothing for the %1-yuan tier.</source>
        <translation>这 %1 元档次，居民自己不用交钱。</translation>
    </message>
    <message>
        <source>The government adds a subsidy of %1 yuan.</source>
        <translation>政府另外补贴 %1 元。</translation>
    </message>
    <message>
        <source>The subsidy: 待县级确认.</source>
        <translation>缴费补贴：待县级确认。</translation>
    </message>
    <message>
        <source>待县级确认: the county has not set its own amount yet; this is the region&apos;s default, and it may change.</source>
        <translation>待县级确认：县里还没定自己的金额，这是自治区的默认金额，以后可能会变。</translation>
    </message>
    <message>
        <source>The agencies&apos; list already has the resident in this group: the government pays already. Send this application only if the list is wrong or ends too early.</source>
        <translation>部门名单上已经有该居民属于这个群体，政府已在代缴。只有名单有错或过早到期时才需要报送本申请。</translation>
    </message>
    <message>
        <source>The resident is in several groups (%1). The government pays only once a year, whatever the number of groups: one payment, not one per group.</source>
        <translation>该居民同时属于几个群体（%1）。不管属于几个群体，政府每年只代缴一次，不会每个群体各缴一次。</translation>
    </message>
    <message>
        <source>For the year %1, as: %2.</source>
        <translation>%1 年度，群体：%2。</translation>
    </message>
    <message>
        <source>%1 number %2, issued on %3, valid until %4.</source>
        <translation>%1，编号 %2，%3 发证，有效期至 %4。</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>The certificate says: %1 disability, grade %2.</source>
        <translation>证上写的是：%1残疾，%2级。</translation>
    </message>
    <message>
        <source>Cunbao knows no certificate of this group: describe the proof in the note on the review page.</source>
        <translation>村保里没有这个群体对应的证件：请在核对页的备注里写明是什么证明。</translation>
    </message>
    <message>
        <source>chosen with the group</source>
        <translation>选好群体后显示</translation>
    </message>
    <message>
        <source>Reads as: %1 disability, grade %2.</source>
        <translation>证号显示：%1残疾，%2级。</translation>
    </message>
    <message>
        <source>Verified from the %1 (list date %2): nothing to copy from the certificate.</source>
        <translation>已由%1核实（名单日期 %2），不用再抄写证件。</translation>
    </message>
</context>
<context>
    <name>DaijiaoPolicyPage</name>
    <message>
        <source>Only someone enrolled and not yet drawing the pension can have the government pay the contribution. Below: what the agencies&apos; lists already say, with the clauses.</source>
        <translation>只有已参保、还没领养老金的人，政府才能代缴。下面是各部门名单上已有的情况和政策依据。</translation>
    </message>
    <message>
        <source>%1 already draws the residents&apos; pension.</source>
        <translation>%1已经在领城乡居民养老金。</translation>
    </message>
    <message>
        <source>代缴 stops once the pension starts: there are no more contributions to pay (%1).</source>
        <translation>开始领养老金后就不再缴费，也就没有代缴了（%1）。</translation>
    </message>
    <message>
        <source>Next step: nothing to apply for. Save a note for the file and close the form.</source>
        <translation>下一步：不用申请。写个备注存档，然后关掉表格。</translation>
    </message>
    <message>
        <source>%1 is not enrolled in the residents&apos; pension.</source>
        <translation>%1还没有参加城乡居民养老保险。</translation>
    </message>
    <message>
        <source>The government pays the contribution (代缴) only for people who are enrolled and still paying in (%1).</source>
        <translation>政府只为已参保、还在缴费的人代缴（%1）。</translation>
    </message>
    <message>
        <source>Next step: enrol %1 first with the 参保登记 form; it claims 代缴 for the hardship group at the same time.</source>
        <translation>下一步：先用“参保登记”表给%1办参保，参保时就能同时申请困难群体代缴。</translation>
    </message>
    <message>
        <source>%1 is enrolled and not yet drawing the pension: the application can go on.</source>
        <translation>%1已参保，还没领养老金：可以继续申请。</translation>
    </message>
    <message>
        <source>Already on a list for: %1. The government pays for %2 already, and only once a year whatever the number of groups (%3). Apply only if a list has left out a group or is wrong.</source>
        <translation>名单上已有：%1。政府已经在为%2代缴；不管属于几个群体，每年只代缴一次（%3）。只有名单漏了或有错时才需要申请。</translation>
    </message>
    <message>
        <source>No list has %1 in a group the government pays for. Choose the group and type its certificate on the next page.</source>
        <translation>各部门名单上都没有把%1列入政府代缴的群体。请在下一页选择群体，并填写证件。</translation>
    </message>
</context>
<context>
    <name>DaijiaoWizard</name>
    <message>
        <source>The resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>政策怎么说</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>谁来出钱</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Enrolled in the residents&apos; pension and not yet drawing it: the government can pay the contribution (代缴) for a resident in a hardship group.</source>
        <translation>已参加城乡居民养老保险，还没领取待遇：属于困难群体的，政府可以代缴。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Figures for the village</source>
        <translation>本村统计</translation>
    </message>
    <message>
        <source>Coverage: of the people in each group who may join the resident pension, how many have joined. 代缴: of those for whom the government pays this year, how many payments are recorded.</source>
        <translation>参保覆盖：每类困难群体中可以参加城乡居民养老保险的人，有多少已经参保。代缴：今年应由政府代缴的人，有多少已经记上了代缴。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the figures on one page</source>
        <translation>把统计打印在一页纸上</translation>
    </message>
    <message>
        <source>Figures by &amp;group</source>
        <translation>各类人群的数字(&amp;G)</translation>
    </message>
    <message>
        <source>Coverage and 代缴 by group</source>
        <translation>各类人群的参保和代缴</translation>
    </message>
    <message>
        <source>Chart of coverage and 代缴 by group</source>
        <translation>各类人群参保和代缴的图</translation>
    </message>
    <message>
        <source>Chart of coverage and 代缴 by quarter</source>
        <translation>每季度参保和代缴的图</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>All groups (each person once)</source>
        <translation>所有困难群体（每人只算一次）</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已参保</translation>
    </message>
    <message>
        <source>May join</source>
        <translation>可参保</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>参保覆盖</translation>
    </message>
    <message>
        <source>代缴 recorded</source>
        <translation>已代缴</translation>
    </message>
    <message>
        <source>代缴 due</source>
        <translation>应代缴</translation>
    </message>
    <message>
        <source>代缴 complete</source>
        <translation>代缴完成</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>还没有统计数字。</translation>
    </message>
    <message>
        <source>On %1: coverage %2 (%3 of %4 people); 代缴 this year %5 (%6 of %7 people).</source>
        <translation>截至 %1：参保覆盖 %2（%4 人中 %3 人已参保）；今年代缴 %5（%7 人中 %6 人已代缴）。</translation>
    </message>
    <message>
        <source>Every group together, quarter by quarter</source>
        <translation>所有困难群体，按季度</translation>
    </message>
    <message>
        <source>Pension coverage of the hardship groups</source>
        <translation>困难群体参保和代缴情况</translation>
    </message>
    <message>
        <source>Village figures %1</source>
        <translation>本村统计 %1</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>A village of invented people, to practise on.</source>
        <translation>一个由虚构人员组成的村子，用来练习。</translation>
    </message>
    <message>
        <source>Cunbao will make a database of %1 invented residents with their households, groups, contributions and some cases. Their ID numbers are valid in form but belong to nobody. It takes a minute or less.</source>
        <translation>村保将建立一个有 %1 位虚构居民的数据库，包括他们的户、人员类别、缴费和一些业务。他们的身份证号格式正确，但不属于任何真实的人。大约需要一分钟。</translation>
    </message>
    <message>
        <source>Afterwards, sign in with the user name &quot;%1&quot; and the password &quot;%2&quot;.</source>
        <translation>完成后，请用用户名“%1”和密码“%2”登录。</translation>
    </message>
    <message>
        <source>&amp;Make the demo</source>
        <translation>建立演示数据(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DifferenceDialog</name>
    <message>
        <source>What changed</source>
        <translation>有什么变化</translation>
    </message>
    <message>
        <source>Compared with the list valid on %1 (%2): %3.</source>
        <translation>和 %1 的名单（%2）相比：%3。</translation>
    </message>
    <message>
        <source>No earlier list from this office: everyone is new (%3).</source>
        <translation>这个单位以前没有名单，所有人都算新增（%3）。</translation>
    </message>
    <message>
        <source>Difference from the previous list</source>
        <translation>和上一份名单的差异</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the difference</source>
        <translation>关闭差异</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>D&amp;isplay</source>
        <translation>显示方式(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>普通(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Large type for older residents (适老化)</source>
        <translation>适老化大字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Tick each paper you have seen. Scan or photograph it: pick the paper marked &quot;Scanner&quot;, then scan into the scanner folder, or add a file.</source>
        <translation>看过的材料请打勾。扫描或拍照：先选好要“扫描”的那份材料，再扫描到扫描文件夹，或者点“添加文件”。</translation>
    </message>
    <message>
        <source>Papers for this application</source>
        <translation>这次办理需要的材料</translation>
    </message>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation>扫描文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the folder the scanner saves into</source>
        <translation>选择扫描仪保存文件的文件夹</translation>
    </message>
    <message>
        <source>Still missing: %1. You can go on; the case will wait for these papers, and a &quot;please bring&quot; slip can be printed at the end.</source>
        <translation>还缺：%1。可以继续办；业务会等这些材料补齐，最后可以打印一张“补交材料通知”。</translation>
    </message>
    <message>
        <source>All required papers are here.</source>
        <translation>必交的材料都齐了。</translation>
    </message>
    <message>
        <source>Verified from the agencies&apos; lists, not asked again: %1.</source>
        <translation>已由各部门名单核实，不再要求提交：%1。</translation>
    </message>
    <message>
        <source>Scans or photos of %1</source>
        <translation>%1的扫描件或照片</translation>
    </message>
    <message>
        <source>Scans and photos (%1)</source>
        <translation>扫描件和照片 (%1)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check that the scan has finished and try again.</source>
        <translation>文件 %1 读不出来（%2）。请确认扫描已经完成，再试一次。</translation>
    </message>
    <message>
        <source>%1 is not a picture or a PDF. Save the scan as JPG, PNG or PDF.</source>
        <translation>%1 不是图片也不是 PDF。请把扫描件存成 JPG、PNG 或 PDF。</translation>
    </message>
    <message>
        <source>The folder the scanner saves into</source>
        <translation>扫描仪保存文件的文件夹</translation>
    </message>
    <message>
        <source>Scanner folder: %1 (new scans appear here by themselves)</source>
        <translation>扫描文件夹：%1（新扫描的文件会自动出现在这里）</translation>
    </message>
    <message>
        <source>No scanner folder chosen.</source>
        <translation>还没有选扫描文件夹。</translation>
    </message>
</context>
<context>
    <name>EnrollmentChoicesPage</name>
    <message>
        <source>Tier and who pays</source>
        <translation>缴费档次和谁来出钱</translation>
    </message>
    <message>
        <source>Show the resident every tier side by side, then choose one together.</source>
        <translation>把各档次放在一起给居民看，再和居民一起选一个。</translation>
    </message>
    <message>
        <source>Contribution &amp;tier (yuan a year):</source>
        <translation>缴费档次（每年多少元）(&amp;T)：</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>First &amp;year paid:</source>
        <translation>从哪一年开始缴(&amp;Y)：</translation>
    </message>
    <message>
        <source>First year paid</source>
        <translation>从哪一年开始缴</translation>
    </message>
    <message>
        <source>From the &amp;village collective (yuan a year):</source>
        <translation>村集体补助（每年多少元）(&amp;V)：</translation>
    </message>
    <message>
        <source>Money from the village collective each year</source>
        <translation>村集体每年补助的钱</translation>
    </message>
    <message>
        <source>From a charity or &amp;donor (资助, yuan a year):</source>
        <translation>社会或个人资助（每年多少元）(&amp;D)：</translation>
    </message>
    <message>
        <source>Money from a charity or donor each year</source>
        <translation>社会或个人每年资助的钱</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>The government pays part of the contribution (代缴), as found on the policy page</source>
        <translation>政府代缴一部分保费（政策页已查明）</translation>
    </message>
    <message>
        <source>No government-paid contribution (代缴): see the policy page</source>
        <translation>没有政府代缴（原因见政策页）</translation>
    </message>
    <message>
        <source>Each year the resident pays %1 yuan.</source>
        <translation>居民每年自己缴 %1 元。</translation>
    </message>
    <message>
        <source>The government pays %1 yuan for the resident (代缴).</source>
        <translation>政府替居民代缴 %1 元。</translation>
    </message>
    <message>
        <source>The government adds a subsidy of %1 yuan.</source>
        <translation>政府另外补贴 %1 元。</translation>
    </message>
    <message>
        <source>The village collective adds %1 yuan and a charity or donor %2 yuan.</source>
        <translation>村集体补助 %1 元，社会或个人资助 %2 元。</translation>
    </message>
    <message>
        <source>In all, %1 yuan go into the resident&apos;s own account each year.</source>
        <translation>合计每年有 %1 元记入居民自己的个人账户。</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Explanation sheet (明白纸) to take home</source>
        <translation>明白纸（居民带回家）</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>政策怎么说</translation>
    </message>
    <message>
        <source>Tier and who pays</source>
        <translation>缴费档次和谁来出钱</translation>
    </message>
    <message>
        <source>What it adds up to (算得清, an estimate)</source>
        <translation>算得清（估算）</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Can enrol in the residents&apos; pension.</source>
        <translation>可以参加城乡居民养老保险。</translation>
    </message>
    <message>
        <source>Cannot enrol now.</source>
        <translation>现在不能参保。</translation>
    </message>
    <message>
        <source>The government pays part of the contribution (代缴) because the resident is in: %1.</source>
        <translation>因为居民属于%1，政府代缴一部分保费。</translation>
    </message>
    <message>
        <source>May keep the old minimum tier when the minimum rises.</source>
        <translation>最低缴费档次提高时，可以继续按原来的最低档缴费。</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Tier: %1 yuan a year, from %2.</source>
        <translation>缴费档次：每年 %1 元，从 %2 年开始。</translation>
    </message>
    <message>
        <source>Some of these figures still await county confirmation (待县级确认); the amounts are an estimate, not a promise.</source>
        <translation>其中有些数字还待县级确认，这些钱数只是估算，不是承诺。</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Government subsidy on the tier</source>
        <translation>政府缴费补贴</translation>
    </message>
    <message>
        <source>What the government pays for you (代缴)</source>
        <translation>政府代缴金额</translation>
    </message>
    <message>
        <source>Basic pension: national minimum</source>
        <translation>基础养老金：全国最低标准</translation>
    </message>
    <message>
        <source>Basic pension: Ningxia&apos;s own part</source>
        <translation>基础养老金：自治区自己加的部分</translation>
    </message>
    <message>
        <source>Basic pension: Ningxia&apos;s yearly raises</source>
        <translation>基础养老金：自治区每年提高的部分</translation>
    </message>
    <message>
        <source>Basic pension: Ningxia standard</source>
        <translation>基础养老金：自治区标准</translation>
    </message>
    <message>
        <source>Basic pension: county supplement</source>
        <translation>基础养老金：县里加发的部分</translation>
    </message>
    <message>
        <source>Number the account is divided by</source>
        <translation>个人账户计发月数</translation>
    </message>
    <message>
        <source>Interest on the account</source>
        <translation>个人账户记账利率</translation>
    </message>
    <message>
        <source>Contribution tiers</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Age to draw the pension</source>
        <translation>领取养老金的年龄</translation>
    </message>
    <message>
        <source>Years of contributions needed</source>
        <translation>最少缴费年限</translation>
    </message>
    <message>
        <source>Months after the birthday the pension starts</source>
        <translation>满龄后第几个月开始领</translation>
    </message>
    <message>
        <source>Youngest age to enrol</source>
        <translation>参保最低年龄</translation>
    </message>
    <message>
        <source>Subsidy on missing years paid later</source>
        <translation>补缴年份有没有补贴</translation>
    </message>
    <message>
        <source>Most years in all, missing years included</source>
        <translation>连补缴在内最多算几年</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>not known, counted as 0</source>
        <translation>还不知道，先按 0 算</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 for now</source>
        <translation>暂按 %1</translation>
    </message>
    <message>
        <source>awaiting county confirmation</source>
        <translation>待县级确认</translation>
    </message>
    <message>
        <source>%1 %2: %3 (source: %4)</source>
        <translation>%1 %2：%3（出自 %4）</translation>
    </message>
    <message>
        <source>Awaiting county confirmation: %1 is %2.
Source: %3</source>
        <translation>待县级确认：%1 为 %2。
出处：%3</translation>
    </message>
</context>
<context>
    <name>ExplainScreen</name>
    <message>
        <source>Contribution &amp;tier:</source>
        <translation>缴费档次(&amp;T)：</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Pre&amp;view the sheet</source>
        <translation>预览明白纸(&amp;V)</translation>
    </message>
    <message>
        <source>Preview the one-page explanation sheet</source>
        <translation>预览一页纸的明白纸</translation>
    </message>
    <message>
        <source>&amp;Print the sheet</source>
        <translation>打印明白纸(&amp;P)</translation>
    </message>
    <message>
        <source>Print the one-page explanation sheet</source>
        <translation>打印一页纸的明白纸</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>存为 PDF(&amp;S)</translation>
    </message>
    <message>
        <source>Save the explanation sheet as a PDF file</source>
        <translation>把明白纸存成 PDF 文件</translation>
    </message>
    <message>
        <source>Who pays what each year</source>
        <translation>每年谁交多少</translation>
    </message>
    <message>
        <source>What you get every month from 60</source>
        <translation>60 岁以后每月能领多少</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>说给您听</translation>
    </message>
    <message>
        <source>How your account grows</source>
        <translation>账户里的钱怎么涨</translation>
    </message>
    <message>
        <source>All tiers compared</source>
        <translation>各个档次比一比</translation>
    </message>
    <message>
        <source>Figures awaiting county confirmation (待县级确认)</source>
        <translation>待县级确认的数字</translation>
    </message>
    <message>
        <source>The explanation in plain words</source>
        <translation>用大白话说明</translation>
    </message>
    <message>
        <source>Figures awaiting county confirmation and their sources</source>
        <translation>待县级确认的数字和出处</translation>
    </message>
    <message>
        <source>The pension worked out for the resident</source>
        <translation>给居民算清的养老金</translation>
    </message>
    <message>
        <source>Working out the pension…</source>
        <translation>正在计算养老金…</translation>
    </message>
    <message>
        <source>The pension could not be worked out: %1</source>
        <translation>养老金没能算出来：%1</translation>
    </message>
    <message>
        <source>%1 yuan a year</source>
        <translation>每年 %1 元</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation>（现在的档次）</translation>
    </message>
    <message numerus="yes">
        <source>Pension worked out for %1 (%n years old)</source>
        <translation>
            <numerusform>算得清：%1（%n 岁）</numerusform>
        </translation>
    </message>
    <message>
        <source>Pension worked out for %1</source>
        <translation>算得清：%1</translation>
    </message>
    <message>
        <source>Pension worked out: choose a resident first</source>
        <translation>算得清：请先选一位居民</translation>
    </message>
    <message>
        <source>Each year you pay</source>
        <translation>每年您自己交</translation>
    </message>
    <message>
        <source>The government pays for you (代缴)</source>
        <translation>政府替您交（代缴）</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>政府补贴</translation>
    </message>
    <message>
        <source>Collective or charity pays</source>
        <translation>集体或社会资助</translation>
    </message>
    <message>
        <source>All figures used are confirmed by the county.</source>
        <translation>用到的数字都已经县里确认。</translation>
    </message>
    <message>
        <source>How this was worked out:</source>
        <translation>是这样算的：</translation>
    </message>
    <message>
        <source>From 60, every month about</source>
        <translation>60 岁以后每月大约能领</translation>
    </message>
    <message>
        <source>= basic pension %1%2 + personal account %3%4
(account at 60: about %5, ÷ %6; from %7)</source>
        <translation>= 基础养老金 %1%2 + 个人账户 %3%4
（60 岁时账户里约 %5，÷ %6；从 %7 起领）</translation>
    </message>
    <message>
        <source>The explanation sheet went to the printer.</source>
        <translation>明白纸已送去打印。</translation>
    </message>
    <message>
        <source>explanation-%1.pdf</source>
        <translation>明白纸-%1.pdf</translation>
    </message>
    <message>
        <source>Save the explanation sheet as PDF</source>
        <translation>把明白纸存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>正在保存PDF…</translation>
    </message>
</context>
<context>
    <name>ExplanationSheet</name>
    <message>
        <source>Pension explanation sheet (明白纸)</source>
        <translation>城乡居民养老保险明白纸</translation>
    </message>
    <message>
        <source>%1, %2 years old</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>%1: the tier of %2 a year, worked out under today&apos;s policy</source>
        <translation>%1&#x3000;每年交 %2 的档次，按现在的政策算</translation>
    </message>
    <message>
        <source>Who pays what each year</source>
        <translation>每年谁交多少</translation>
    </message>
    <message>
        <source>What you get every month from 60</source>
        <translation>60 岁以后每月能领多少</translation>
    </message>
    <message>
        <source>How your account grows</source>
        <translation>账户里的钱怎么涨</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>您自己交</translation>
    </message>
    <message>
        <source>Government pays (代缴)</source>
        <translation>政府代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>政府补贴</translation>
    </message>
    <message>
        <source>Collective, charity</source>
        <translation>集体或社会资助</translation>
    </message>
    <message>
        <source>In all %1 a year goes into your own account.</source>
        <translation>每年一共有 %1 存进您自己的账户。</translation>
    </message>
    <message>
        <source>About %1 a month</source>
        <translation>每月大约 %1</translation>
    </message>
    <message>
        <source>= basic pension %1 + personal account %2</source>
        <translation>= 基础养老金 %1 + 个人账户 %2</translation>
    </message>
    <message>
        <source>Your account at 60: about %1; divided by %2 gives the account part. Paid from %3, for life.</source>
        <translation>60 岁时账户里约有 %1，除以 %2 就是个人账户这一部分。从 %3 起领，一直领到老。</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 年底</translation>
    </message>
    <message>
        <source>All figures used are confirmed by the county.</source>
        <translation>用到的数字都已经县里确认。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Also awaiting county confirmation: %1 (source: %2).</source>
        <translation>以下规定也待县级确认：%1（出自 %2）。</translation>
    </message>
    <message>
        <source>Figures marked &quot;awaiting county confirmation&quot; may still change:</source>
        <translation>标着“待县级确认”的数字以后可能会变：</translation>
    </message>
    <message>
        <source>Service point: %1. Assistant: %2. Date: %3.</source>
        <translation>服务点：%1&#x3000;协办员：%2&#x3000;日期：%3</translation>
    </message>
    <message>
        <source>These are estimates under today&apos;s policy, not a decision: the county social insurance agency works out the pension when you claim it.</source>
        <translation>这些是按现在的政策估算的数，不是最后的决定；到领取时以县社保经办机构核定的为准。</translation>
    </message>
</context>
<context>
    <name>FieldGroups</name>
    <message>
        <source>Part %1 of %2</source>
        <translation>第 %1 组，共 %2 组</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Cunbao</source>
        <translation>设置村保</translation>
    </message>
    <message>
        <source>%1 (user name %2), supervisor</source>
        <translation>%1（用户名 %2），管理员</translation>
    </message>
    <message>
        <source>none: documents are saved as PDF files</source>
        <translation>无：文件保存为 PDF</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在建立加密数据库……</translation>
    </message>
    <message>
        <source>Creating a demo database of synthetic residents…</source>
        <translation>正在创建虚构居民的演示数据库……</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved. Press the button again to start over.</source>
        <translation>已停止，什么都没有保存。再按一次按钮可以重新开始。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出了问题：%1</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Residents&apos; basic pension: enrolment form</source>
        <translation>城乡居民基本养老保险参保登记表</translation>
    </message>
    <message>
        <source>Residents&apos; basic pension: application for government-paid contributions</source>
        <translation>城乡居民基本养老保险代缴申请表</translation>
    </message>
    <message>
        <source>Residents&apos; basic pension: application to change the contribution tier</source>
        <translation>城乡居民基本养老保险缴费档次变更申请表</translation>
    </message>
    <message>
        <source>Residents&apos; basic pension: pension claim form</source>
        <translation>城乡居民基本养老保险待遇领取申请表（通知表）</translation>
    </message>
    <message>
        <source>Residents&apos; basic pension: change of personal details form</source>
        <translation>城乡居民基本养老保险个人信息变更登记表</translation>
    </message>
    <message>
        <source>About the applicant</source>
        <translation>申请人基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Household registration (division code)</source>
        <translation>户籍所在地（区划代码）</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>居住地址</translation>
    </message>
    <message>
        <source>Confirmation by the applicant</source>
        <translation>本人确认</translation>
    </message>
    <message>
        <source>I have read the details above, they are true, and I apply of my own free will.</source>
        <translation>以上内容本人已看过，真实无误，是本人自愿申请。</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature</source>
        <translation>本人签字</translation>
    </message>
    <message>
        <source>Fingerprint (right index finger)</source>
        <translation>指纹（右手食指）</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Witness&apos;s signature</source>
        <translation>见证人签字</translation>
    </message>
    <message>
        <source>Proxy applicant (代办人)</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Relationship to the applicant</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Letter of authorisation received</source>
        <translation>已收到委托书</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Proxy applicant&apos;s signature</source>
        <translation>代办人签字</translation>
    </message>
    <message>
        <source>Proxy applicant&apos;s fingerprint</source>
        <translation>代办人指纹</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Village service point</source>
        <translation>村级经办</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Assistant&apos;s signature (经办人)</source>
        <translation>经办人（协办员）签字</translation>
    </message>
    <message>
        <source>Village committee seal (村委会盖章)</source>
        <translation>村委会盖章</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Filled in by Cunbao from what the applicant confirmed. The county&apos;s official form may look different; it asks for the same details. If the county wants its own form, copy these details onto it.</source>
        <translation>本表由“村保”按申请人确认的内容填写。县社保经办机构的正式表式可能与本表不同，但所填内容相同；如县里要求使用正式表格，请照本表内容抄填。</translation>
    </message>
    <message>
        <source>awaiting county confirmation</source>
        <translation>待县级确认</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 yuan a year</source>
        <translation>每年 %1 元</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Contributions from (year)</source>
        <translation>开始缴费年度</translation>
    </message>
    <message>
        <source>Who pays each year:</source>
        <translation>每年由谁缴、缴多少：</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴费来源</translation>
    </message>
    <message>
        <source>Amount a year</source>
        <translation>每年金额</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>The government on the resident&apos;s behalf (代缴)</source>
        <translation>政府代缴</translation>
    </message>
    <message>
        <source>Government contribution subsidy</source>
        <translation>政府缴费补贴</translation>
    </message>
    <message>
        <source>Village collective</source>
        <translation>集体补助</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>社会公益资助</translation>
    </message>
    <message>
        <source>Full-time student</source>
        <translation>是否全日制在校学生</translation>
    </message>
    <message>
        <source>Already in the employee pension scheme</source>
        <translation>是否已参加职工基本养老保险</translation>
    </message>
    <message>
        <source>Household registered in Ningxia</source>
        <translation>户籍是否在宁夏</translation>
    </message>
    <message>
        <source>Staff of a government body or public institution</source>
        <translation>是否为机关事业单位工作人员</translation>
    </message>
    <message>
        <source>Contribution details</source>
        <translation>参保缴费信息</translation>
    </message>
    <message>
        <source>Hardship group claimed for 代缴</source>
        <translation>申请代缴的困难群体类别</translation>
    </message>
    <message>
        <source>Conditions checked</source>
        <translation>参保条件核对</translation>
    </message>
    <message>
        <source>Government-paid contribution (代缴)</source>
        <translation>代缴信息</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>代缴年度</translation>
    </message>
    <message>
        <source>Hardship group</source>
        <translation>困难群体</translation>
    </message>
    <message>
        <source>Kind within the group</source>
        <translation>群体中的具体类型</translation>
    </message>
    <message>
        <source>Amount the county pays</source>
        <translation>县级代缴金额</translation>
    </message>
    <message>
        <source>Contribution subsidy</source>
        <translation>缴费补贴</translation>
    </message>
    <message>
        <source>County to check by hand</source>
        <translation>需县级人工核实</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证件编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No certificate recorded.</source>
        <translation>未登记证件。</translation>
    </message>
    <message>
        <source>Certificates shown</source>
        <translation>出示的证件</translation>
    </message>
    <message>
        <source>Change of contribution tier</source>
        <translation>缴费档次变更</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>变更年度</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>原缴费档次</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新缴费档次</translation>
    </message>
    <message>
        <source>Keeps the lowest tier (hardship or lifted out of poverty)</source>
        <translation>保留最低档次（困难群体或已脱贫人口）</translation>
    </message>
    <message>
        <source>Years paid</source>
        <translation>已缴费年限</translation>
    </message>
    <message>
        <source>Years missing</source>
        <translation>欠缴年数</translation>
    </message>
    <message>
        <source>Years to pay in arrears</source>
        <translation>需补缴年数</translation>
    </message>
    <message>
        <source>Pension from (month)</source>
        <translation>待遇起始月份</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Paid onto</source>
        <translation>待遇发放到</translation>
    </message>
    <message>
        <source>social security card</source>
        <translation>社会保障卡</translation>
    </message>
    <message>
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account or card number</source>
        <translation>卡号或账号</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Where the pension is paid</source>
        <translation>养老金发放到哪里</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Detail to change</source>
        <translation>变更项目</translation>
    </message>
    <message>
        <source>Now recorded</source>
        <translation>原登记内容</translation>
    </message>
    <message>
        <source>Change to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>A change of name, ID number or date of birth needs the new identity card (original and a copy) and the police&apos;s proof of the change.</source>
        <translation>变更姓名、身份证号码或出生日期，需提供新身份证（原件和复印件）和公安机关出具的户籍变更证明。</translation>
    </message>
    <message>
        <source>Details to change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Taken on a home visit</source>
        <translation>上门办理情况</translation>
    </message>
    <message>
        <source>How taken</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Home visit (上门服务)</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <source>Address of the visit</source>
        <translation>上门地址</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>上门人员</translation>
    </message>
</context>
<context>
    <name>HomeVisit</name>
    <message>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Reading the resident&apos;s address…</source>
        <translation>正在读取居民住址…</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <source>Plan a home visit</source>
        <translation>安排上门服务</translation>
    </message>
    <message>
        <source>For a resident who cannot come to the service point: choose what the visit is for and the day. The case is taken at their home with the usual form.</source>
        <translation>为不能来服务点的居民安排：选择上门办什么事和哪一天。到居民家里用平常的表单办理。</translation>
    </message>
    <message>
        <source>Move the home visit</source>
        <translation>上门服务改期</translation>
    </message>
    <message>
        <source>Choose another day, time, address or person for this visit.</source>
        <translation>为这次上门另选日期、时间、地址或上门人员。</translation>
    </message>
    <message>
        <source>%1, %2, %3 years old</source>
        <translation>%1，%2，%3岁</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>办理事项(&amp;F)：</translation>
    </message>
    <message>
        <source>What the visit is for</source>
        <translation>上门办理什么事</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间段(&amp;T)：</translation>
    </message>
    <message>
        <source>Time of day of the visit</source>
        <translation>上门时间段</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>where the resident can be found, e.g. 十八里村三组12号</source>
        <translation>居民现在住的地方，例如：十八里村三组12号</translation>
    </message>
    <message>
        <source>Address of the visit</source>
        <translation>上门地址</translation>
    </message>
    <message>
        <source>&amp;Who goes:</source>
        <translation>上门人员(&amp;W)：</translation>
    </message>
    <message>
        <source>Who will make the visit</source>
        <translation>由谁上门</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. bedridden, bring the ink pad for a fingerprint</source>
        <translation>例如：卧床，带上按手印用的印泥</translation>
    </message>
    <message>
        <source>Note about the visit</source>
        <translation>上门备注</translation>
    </message>
    <message>
        <source>&amp;Plan the visit</source>
        <translation>安排上门(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move the visit</source>
        <translation>改期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存，关闭</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>正在保存上门安排…</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Who is the resident?</source>
        <translation>办事的居民是谁？</translation>
    </message>
    <message>
        <source>Type the 18-character ID number from the ID card, or read the card with the card reader. Cunbao finds the resident in the register or registers them.</source>
        <translation>照身份证输入 18 位身份证号，或者用读卡器读卡。村保会在花名册里找到这位居民，找不到就给他登记。</translation>
    </message>
    <message>
        <source>Resident &amp;ID number:</source>
        <translation>居民身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号</translation>
    </message>
    <message>
        <source>e.g. 640423196503020367</source>
        <translation>例如 640423196503020367</translation>
    </message>
    <message>
        <source>Not in the register yet: register the resident</source>
        <translation>花名册里还没有：登记这位居民</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>电话（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation>住址（可不填）(&amp;A)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>&amp;Hukou division (6 digits):</source>
        <translation>户口所在地代码（6 位）(&amp;H)：</translation>
    </message>
    <message>
        <source>Hukou division code</source>
        <translation>户口所在地代码</translation>
    </message>
    <message>
        <source>the first 6 digits of the ID number</source>
        <translation>身份证号的前 6 位</translation>
    </message>
    <message>
        <source>Maybe already in the register</source>
        <translation>花名册里可能已经有这个人</translation>
    </message>
    <message>
        <source>Possible duplicate resident</source>
        <translation>可能重复的居民</translation>
    </message>
    <message>
        <source>A &amp;different person: register a new resident</source>
        <translation>不是同一个人：登记为新居民(&amp;D)</translation>
    </message>
    <message>
        <source>A different person: register a new resident</source>
        <translation>不是同一个人：登记为新居民</translation>
    </message>
    <message>
        <source>Switch to &amp;large type</source>
        <translation>切换到大字模式(&amp;L)</translation>
    </message>
    <message>
        <source>Switch the desk to large type for older residents (适老化)</source>
        <translation>把服务台切换到大字模式（适老化）</translation>
    </message>
    <message>
        <source>Chosen from the register:</source>
        <translation>从花名册中选的：</translation>
    </message>
    <message>
        <source>Already in the register:</source>
        <translation>花名册里已有：</translation>
    </message>
    <message>
        <source>This resident is %1 years old. Large type (适老化) makes the screens easier to read for both of you.</source>
        <translation>这位居民 %1 岁。切换到大字模式（适老化），您和居民看屏幕都更清楚。</translation>
    </message>
    <message>
        <source>%1, %2, born %3 (%4 years old), ID %5</source>
        <translation>%1，%2，%3 出生（%4 周岁），身份证号 %5</translation>
    </message>
    <message>
        <source>&amp;Same person: use %1 (ID %2) from the register</source>
        <translation>是同一个人：用花名册里的%1（身份证号 %2）(&amp;S)</translation>
    </message>
    <message>
        <source>Same person: use the record of %1</source>
        <translation>是同一个人：用%1的记录</translation>
    </message>
    <message>
        <source>A resident with the same name and birth date is registered under another ID number. Ask the resident, look at the ID card, and choose before going on:</source>
        <translation>花名册里有一位同名、同一天出生的居民，但身份证号不一样。请问一问居民、看一看身份证，选好后再继续：</translation>
    </message>
    <message>
        <source>Type the resident&apos;s name as it is written on the ID card.</source>
        <translation>请按身份证上的写法填写居民姓名。</translation>
    </message>
    <message>
        <source>Choose whether this is the resident already in the register or a different person.</source>
        <translation>请选择：这是花名册里已有的那位居民，还是另外一个人。</translation>
    </message>
    <message>
        <source>Na&amp;me (as on the ID card):</source>
        <translation>姓名（和身份证上一样）(&amp;M)：</translation>
    </message>
    <message>
        <source>%1 is not a known division code. Type the 6-digit code of the place where the household is registered (户口所在地).</source>
        <translation>%1 不是有效的行政区划代码。请填写户口所在地的 6 位代码。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Checking the password…</source>
        <translation>正在核对密码……</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; did not close. Unlock, close it yourself, then sign out.</source>
        <translation>窗口“%1”没有关闭。请先解锁，自己关闭这个窗口，然后再退出登录。</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录……</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a list from an office</source>
        <translation>导入单位发来的名单</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the list into the register</source>
        <translation>把名单导入花名册</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>关闭导入</translation>
    </message>
    <message>
        <source>Ne&amp;xt: check the file &gt;</source>
        <translation>下一步：检查文件(&amp;X) &gt;</translation>
    </message>
    <message>
        <source>Ne&amp;xt &gt;</source>
        <translation>下一步(&amp;X) &gt;</translation>
    </message>
    <message>
        <source>Read and check the file; nothing is saved yet</source>
        <translation>读取并检查文件，还不会保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请给这些项目选一列：%1。</translation>
    </message>
    <message>
        <source>Choose the list file first (button “Choose…”).</source>
        <translation>请先选择名单文件（点“选择…”按钮）。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 rows to fix.xlsx</source>
        <translation>%1 要改的行.xlsx</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>已把 %1 行保存到 %2。</translation>
    </message>
    <message>
        <source>Saving the rows to fix…</source>
        <translation>正在保存要改的行…</translation>
    </message>
</context>
<context>
    <name>InfoChangeChoicesPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity (民族)</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Which details change</source>
        <translation>要变更哪些信息</translation>
    </message>
    <message>
        <source>Tick each detail that changes and type the new one, as it is written on the resident&apos;s papers.</source>
        <translation>勾选要变更的每一项，照着居民的证件填写新内容。</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recorded now</source>
        <translation>现在登记的</translation>
    </message>
    <message>
        <source>Change to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <source>Date of bi&amp;rth</source>
        <translation>出生日期(&amp;R)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity (民族)</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>住址(&amp;D)</translation>
    </message>
    <message>
        <source>Change the %1</source>
        <translation>变更%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新的%1</translation>
    </message>
    <message>
        <source>%1 recorded now</source>
        <translation>现在登记的%1</translation>
    </message>
    <message>
        <source>the number on the new ID card</source>
        <translation>新身份证上的号码</translation>
    </message>
    <message>
        <source>e.g. 13909541234</source>
        <translation>例如 13909541234</translation>
    </message>
    <message>
        <source>(not recorded here)</source>
        <translation>（这里没有登记）</translation>
    </message>
    <message>
        <source>Name, ID number or date of birth: bring the new ID card and the police&apos;s proof of the change (户籍变更证明). The county changes them after checking; until then the register here keeps the details recorded now.</source>
        <translation>姓名、身份证号码或出生日期：请带新身份证和公安机关出具的户籍变更证明。县里核实后才变更；在此之前，这里的花名册仍保留现在登记的信息。</translation>
    </message>
    <message>
        <source>Sex or ethnicity: the ID card is enough; the county changes them with this form.</source>
        <translation>性别或民族：带身份证就可以，县里凭这张表变更。</translation>
    </message>
    <message>
        <source>Phone or address: changed in this desk&apos;s register as soon as the case is saved, and sent to the county with it.</source>
        <translation>电话或住址：业务一保存，本服务点花名册里就改好了，并随业务一起报送县里。</translation>
    </message>
    <message>
        <source>Tick at least one detail that changes.</source>
        <translation>请至少勾选一项要变更的信息。</translation>
    </message>
    <message>
        <source>A new date of birth changes the ID number too (its digits 7 to 14): tick &quot;ID number&quot; and type the number on the new ID card.</source>
        <translation>出生日期变了，身份证号码也会变（第 7 到 14 位）：请勾选“身份证号码”，并填写新身份证上的号码。</translation>
    </message>
    <message>
        <source>%1: type the new value, or untick it.</source>
        <translation>%1：请填写新内容，或者取消勾选。</translation>
    </message>
    <message>
        <source>%1: %2 is what is recorded now. Type the new value, or untick it.</source>
        <translation>%1：“%2”就是现在登记的内容。请填写新内容，或者取消勾选。</translation>
    </message>
    <message>
        <source>%1 is already the ID number of %2 (born %3) in the register. Check the number on the new ID card; one number belongs to one person.</source>
        <translation>%1 已经是花名册中 %2（%3 出生）的身份证号码。请核对新身份证上的号码；一个号码只属于一个人。</translation>
    </message>
    <message>
        <source>The new ID number gives %1 as the %2: it is ticked and filled in now. Check it with the new ID card and press Next again.</source>
        <translation>按新身份证号码，%2应为 %1：已自动勾选并填好。请对照新身份证核对，然后再按“下一步”。</translation>
    </message>
    <message>
        <source>The new ID number gives %1 as the %2, not %3. Correct one of them from the new ID card.</source>
        <translation>按新身份证号码，%2应为 %1，而不是 %3。请对照新身份证改正其中一项。</translation>
    </message>
</context>
<context>
    <name>InfoChangePrintPage</name>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>住址 %1</translation>
    </message>
    <message>
        <source>The register has the new details now: %1.</source>
        <translation>花名册里已改为新的信息：%1。</translation>
    </message>
</context>
<context>
    <name>InfoChangeWizard</name>
    <message>
        <source>The resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>What happens when the case is saved</source>
        <translation>保存业务后会怎样</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>The new phone or address is written into this desk&apos;s register as soon as you save, and goes to the county with the case.</source>
        <translation>一保存，新的电话或住址就写进本服务点的花名册，并随业务报送县里。</translation>
    </message>
    <message>
        <source>The name, ID number or date of birth changes only after the county has checked the new ID card and the police&apos;s proof of the change; until then the register keeps the details recorded now.</source>
        <translation>姓名、身份证号码或出生日期要等县里核实新身份证和公安机关的户籍变更证明后才变更；在此之前，花名册仍保留现在登记的信息。</translation>
    </message>
    <message>
        <source>The county changes the sex or ethnicity with this form and the ID card.</source>
        <translation>性别或民族由县里凭这张表和身份证变更。</translation>
    </message>
    <message>
        <source>Still missing: %1. The change waits until they are brought.</source>
        <translation>还缺：%1。材料带齐后才能办理变更。</translation>
    </message>
</context>
<context>
    <name>KnownFacts</name>
    <message>
        <source>%1 — %2, list date %3</source>
        <translation>%1 — %2，名单日期 %3</translation>
    </message>
    <message>
        <source>Disability certificate %1: %2, grade %3</source>
        <translation>残疾人证 %1：%2残疾，%3级</translation>
    </message>
    <message>
        <source>%1 — on file at the desk, not from a list</source>
        <translation>%1 — 服务点登记的，不是名单数据</translation>
    </message>
    <message>
        <source>%1, list date %2</source>
        <translation>%1，名单日期 %2</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>已登记在册</translation>
    </message>
    <message>
        <source>Veteran, preferential card (优待证) number %1 — %2</source>
        <translation>退役军人，优待证号码 %1 — %2</translation>
    </message>
    <message>
        <source>Veteran: preferential card (优待证) number %1, from the register.</source>
        <translation>退役军人：优待证号码 %1（登记在册）。</translation>
    </message>
    <message>
        <source>Veteran: preferential card (优待证) number %1, as shown today; the county records it.</source>
        <translation>退役军人：优待证号码 %1（今天出示），由县里登记。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Enrolment</source>
        <translation>参保登记</translation>
    </message>
    <message>
        <source>Government-paid contribution</source>
        <translation>政府代缴</translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation>缴费档次变更</translation>
    </message>
    <message>
        <source>Pension claim</source>
        <translation>待遇领取</translation>
    </message>
    <message>
        <source>Change of details</source>
        <translation>信息变更</translation>
    </message>
    <message>
        <source>Waiting for papers</source>
        <translation>等待补交材料</translation>
    </message>
    <message>
        <source>Ready for the county</source>
        <translation>待报县里</translation>
    </message>
    <message>
        <source>Sent to the county</source>
        <translation>已报县里</translation>
    </message>
    <message>
        <source>Returned by the county</source>
        <translation>县里退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Refused by the county</source>
        <translation>县级不予通过</translation>
    </message>
    <message>
        <source>Household register (户口簿), home page and own page</source>
        <translation>户口簿（首页及本人页）</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Social security card</source>
        <translation>社会保障卡</translation>
    </message>
    <message>
        <source>Bank card or passbook in the resident&apos;s own name</source>
        <translation>本人名下的银行卡或存折</translation>
    </message>
    <message>
        <source>Minimum living allowance (低保) certificate</source>
        <translation>低保证</translation>
    </message>
    <message>
        <source>Extreme-poverty support (特困) certificate</source>
        <translation>特困人员救助供养证</translation>
    </message>
    <message>
        <source>Proof of a low-income marginal family (低保边缘家庭)</source>
        <translation>低保边缘家庭认定证明</translation>
    </message>
    <message>
        <source>Proof of being monitored against falling back into poverty</source>
        <translation>防止返贫监测对象认定证明</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾证</translation>
    </message>
    <message>
        <source>The new resident identity card</source>
        <translation>新的居民身份证</translation>
    </message>
    <message>
        <source>Police proof of the change (户籍变更证明)</source>
        <translation>公安机关户籍变更证明</translation>
    </message>
    <message>
        <source>Letter of authorisation for the proxy applicant</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Proxy applicant&apos;s identity card</source>
        <translation>代办人身份证</translation>
    </message>
    <message>
        <source>who the resident is and their age</source>
        <translation>证明本人身份和年龄</translation>
    </message>
    <message>
        <source>where the resident&apos;s household is registered</source>
        <translation>证明户籍所在地</translation>
    </message>
    <message>
        <source>that the resident belongs to a hardship group</source>
        <translation>证明属于困难群体</translation>
    </message>
    <message>
        <source>the kind and grade of disability</source>
        <translation>证明残疾类别和等级</translation>
    </message>
    <message>
        <source>the account the pension is paid into</source>
        <translation>养老金发放账户</translation>
    </message>
    <message>
        <source>why the details changed</source>
        <translation>证明信息变更的原因</translation>
    </message>
    <message>
        <source>that the resident asked the proxy to apply</source>
        <translation>证明本人委托代办</translation>
    </message>
    <message>
        <source>who the proxy applicant is</source>
        <translation>证明代办人身份</translation>
    </message>
    <message>
        <source>Signed by the resident</source>
        <translation>本人签字</translation>
    </message>
    <message>
        <source>Fingerprint or mark, with a witness</source>
        <translation>按手印（有见证人）</translation>
    </message>
    <message>
        <source>Applied for by a proxy (代办人)</source>
        <translation>由代办人代为申请</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Elderly (适老化)</source>
        <translation>老年人（适老化服务）</translation>
    </message>
    <message>
        <source>Disability green channel</source>
        <translation>残疾人绿色通道</translation>
    </message>
    <message>
        <source>Veterans&apos; direct channel</source>
        <translation>退役军人直办通道</translation>
    </message>
    <message>
        <source>Full-time student</source>
        <translation>全日制在校学生</translation>
    </message>
    <message>
        <source>In the employee pension scheme</source>
        <translation>已参加职工养老保险</translation>
    </message>
    <message>
        <source>Public-institution staff</source>
        <translation>机关事业单位人员</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Migrant flexible worker</source>
        <translation>进城务工灵活就业人员</translation>
    </message>
    <message>
        <source>Has employment difficulty</source>
        <translation>就业困难人员</translation>
    </message>
    <message>
        <source>Draws another basic pension</source>
        <translation>领取其他基本养老金</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视力</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>言语</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>肢体</translation>
    </message>
    <message>
        <source>intellectual</source>
        <translation>智力</translation>
    </message>
    <message>
        <source>mental</source>
        <translation>精神</translation>
    </message>
    <message>
        <source>multiple</source>
        <translation>多重</translation>
    </message>
    <message>
        <source>Civil affairs list</source>
        <translation>民政名单</translation>
    </message>
    <message>
        <source>Disabled persons&apos; federation list</source>
        <translation>残联名单</translation>
    </message>
    <message>
        <source>Rural revitalisation list</source>
        <translation>乡村振兴名单</translation>
    </message>
    <message>
        <source>Veterans affairs list</source>
        <translation>退役军人事务名单</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Another office&apos;s list</source>
        <translation>其他部门名单</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>%1 hardship groups: pension and 代缴 ledger, %2</source>
        <translation>%1困难群体参保及代缴管理台账（%2）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Group (source, list date)</source>
        <translation>人员类别（来源、名单日期）</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>参保登记</translation>
    </message>
    <message>
        <source>Tier (yuan)</source>
        <translation>缴费档次（元）</translation>
    </message>
    <message>
        <source>代缴 this year</source>
        <translation>本年代缴</translation>
    </message>
    <message>
        <source>代缴 amount (yuan)</source>
        <translation>代缴金额（元）</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>待遇领取</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已参保</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未参保</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Drawing pension</source>
        <translation>领取待遇</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已代缴</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未代缴</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>不需代缴</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>不能参保</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>尚未参保</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Drawing since</source>
        <translation>领取自</translation>
    </message>
    <message>
        <source>Claim age reached</source>
        <translation>已到领取年龄</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未到领取年龄</translation>
    </message>
    <message>
        <source>entered at the desk</source>
        <translation>服务点登记</translation>
    </message>
    <message>
        <source>agency list</source>
        <translation>部门名单</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>(ID numbers partly hidden: this copy cannot be matched with the official system)</source>
        <translation>（身份证号已部分隐藏：此份不能用来与经办系统逐人核对）</translation>
    </message>
</context>
<context>
    <name>ListFiles</name>
    <message>
        <source>Choose the list file</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xls *.csv)</source>
        <translation>名单文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>保存问题行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>要改的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>要改什么</translation>
    </message>
</context>
<context>
    <name>ListLabels</name>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Disabled persons&apos; federation</source>
        <translation>残联</translation>
    </message>
    <message>
        <source>Rural revitalization</source>
        <translation>乡村振兴</translation>
    </message>
    <message>
        <source>Veterans affairs</source>
        <translation>退役军人事务</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>其他单位</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>I&amp;D number</source>
        <translation>身份证号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Certificate number</source>
        <translation>残疾人证号(&amp;C)</translation>
    </message>
    <message>
        <source>Disability &amp;type</source>
        <translation>残疾类别(&amp;T)</translation>
    </message>
    <message>
        <source>Disability &amp;grade</source>
        <translation>残疾等级(&amp;G)</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>保障类别(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Subtype</source>
        <translation>监测类型(&amp;S)</translation>
    </message>
    <message>
        <source>Household h&amp;ead</source>
        <translation>户主姓名(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Relation to the head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>家庭住址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Listed &amp;from</source>
        <translation>纳入时间(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Left the list on</source>
        <translation>退出时间(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Veteran card number</source>
        <translation>优待证号(&amp;V)</translation>
    </message>
    <message>
        <source>the date you chose</source>
        <translation>您选的日期</translation>
    </message>
    <message>
        <source>the date written above the table in the file</source>
        <translation>文件表格上方写的日期</translation>
    </message>
    <message>
        <source>the last day of the quarter named in the file&apos;s title</source>
        <translation>文件标题里写的季度的最后一天</translation>
    </message>
    <message>
        <source>today: the file names no date</source>
        <translation>今天（文件里没有写日期）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 表格（.xlsx）</translation>
    </message>
    <message>
        <source>older Excel workbook (.xls)</source>
        <translation>旧版 Excel 表格（.xls）</translation>
    </message>
    <message>
        <source>text table (.csv)</source>
        <translation>文本表格（.csv）</translation>
    </message>
    <message>
        <source>web page table saved as .xls</source>
        <translation>存成 .xls 的网页表格</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 编码</translation>
    </message>
    <message>
        <source>UTF-8 (with a mark at the start)</source>
        <translation>UTF-8 编码（开头带标记）</translation>
    </message>
    <message>
        <source>Chinese GBK / GB18030</source>
        <translation>中文 GBK / GB18030 编码</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode)</source>
        <translation>UTF-16（Unicode）编码</translation>
    </message>
    <message>
        <source>Reading the rows of the list…</source>
        <translation>正在读取名单的各行…</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>正在保存名单…</translation>
    </message>
</context>
<context>
    <name>ListScreens</name>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>已停止，什么都没有保存。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出了问题：%1</translation>
    </message>
</context>
<context>
    <name>ListTables</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>监测类型</translation>
    </message>
    <message>
        <source>category to check on the certificate</source>
        <translation>要看证件核对的类别</translation>
    </message>
    <message>
        <source>disability type</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source>veteran card number</source>
        <translation>优待证号</translation>
    </message>
    <message>
        <source>listed from</source>
        <translation>纳入时间</translation>
    </message>
    <message>
        <source>left the list on</source>
        <translation>退出时间</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>文件里的行号</translation>
    </message>
    <message>
        <source>What is wrong and how to fix it</source>
        <translation>哪里不对，怎么改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>有什么变化</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>New on the list</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>No longer on the list</source>
        <translation>已不在名单上</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>%1 new, %2 no longer on the list, %3 changed</source>
        <translation>新增 %1 人，%2 人已不在名单上，%3 人有变化</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Lists from the offices</source>
        <translation>各单位发来的名单</translation>
    </message>
    <message>
        <source>Civil affairs, the disabled persons&apos; federation, rural revitalization and veterans affairs send their lists every quarter. Import each one here. A list older than %1 days is marked “late”: ask the office for the new one.</source>
        <translation>民政、残联、乡村振兴和退役军人事务部门每季度推送名单，每份都在这里导入。超过 %1 天的名单标为“过期”，请向单位要新名单。</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a list from an office</source>
        <translation>导入单位发来的名单</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>查看差异(&amp;C)</translation>
    </message>
    <message>
        <source>Show what changed against the previous list</source>
        <translation>查看和上一份名单相比的变化</translation>
    </message>
    <message>
        <source>&amp;Rows to fix</source>
        <translation>问题行(&amp;R)</translation>
    </message>
    <message>
        <source>Show the rows of the chosen list that were not imported</source>
        <translation>查看所选名单里没有导入的行</translation>
    </message>
    <message>
        <source>E&amp;xport rows to fix…</source>
        <translation>导出问题行(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the rows to fix as an Excel file for the office</source>
        <translation>把问题行导出成 Excel 文件，交给单位改正</translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation>已导入的名单</translation>
    </message>
    <message>
        <source>Loading the lists…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message>
        <source>⚠ Late (over %1 days)</source>
        <translation>⚠ 过期（超过 %1 天）</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>未过期</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>名单日期</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已过天数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Lists: %1, late: %2</source>
        <translation>名单 %1 份，过期 %2 份</translation>
    </message>
    <message>
        <source>Comparing the lists…</source>
        <translation>正在比对名单…</translation>
    </message>
    <message>
        <source>%1 rows to fix.xlsx</source>
        <translation>%1 要改的行.xlsx</translation>
    </message>
    <message>
        <source>%1 rows saved to %2.</source>
        <translation>已把 %1 行保存到 %2。</translation>
    </message>
    <message>
        <source>Saving the rows to fix…</source>
        <translation>正在保存要改的行…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Cunbao is locked</source>
        <translation>村保已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <source>Nothing was lost: every open window waits behind this screen. Type your password to go on working.</source>
        <translation>什么都没有丢失：打开的窗口都还在这个画面后面。输入您的密码就可以继续工作。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>%1的密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Someone else needs the computer? %1 signs out first; the forms that were open are kept as drafts.</source>
        <translation>别人要用这台电脑？请%1先退出登录；打开的表单会保存为草稿。</translation>
    </message>
    <message>
        <source>&amp;Sign out %1…</source>
        <translation>%1退出登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>%1退出登录</translation>
    </message>
    <message>
        <source>Sign out %1? The open windows close; their forms were saved as drafts and can be continued later. Then another assistant can sign in.</source>
        <translation>让%1退出登录吗？打开的窗口会关闭；里面的表单已经保存为草稿，以后可以接着填。之后其他协办员就可以登录。</translation>
    </message>
    <message>
        <source>&amp;Yes, sign out</source>
        <translation>是，退出登录(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes, sign out</source>
        <translation>是，退出登录</translation>
    </message>
    <message>
        <source>&amp;No, stay signed in</source>
        <translation>不，保持登录(&amp;N)</translation>
    </message>
    <message>
        <source>No, stay signed in</source>
        <translation>不，保持登录</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Desk</source>
        <translation>服务点(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find a resident</source>
        <translation>查找居民(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>核对审计记录(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Assistant: %1 · Service point: %2</source>
        <translation>协办员：%1 · 服务点：%2</translation>
    </message>
    <message>
        <source>Cunbao village desk</source>
        <translation>村保·村级社保服务点</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单比对</translation>
    </message>
    <message>
        <source>Parts of the desk</source>
        <translation>服务点的各个部分</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建业务(&amp;N)</translation>
    </message>
    <message>
        <source>Resident &amp;screen</source>
        <translation>居民屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;words to the resident…</source>
        <translation>给居民看的字(&amp;W)…</translation>
    </message>
    <message>
        <source>Register with the c&amp;ounty server…</source>
        <translation>在县里的服务器上登记(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>业务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>名单比对(&amp;L)</translation>
    </message>
    <message>
        <source>Looking for case %1…</source>
        <translation>正在查找业务 %1……</translation>
    </message>
    <message>
        <source>No case has the reference %1. Check it against the paper.</source>
        <translation>没有编号为 %1 的业务。请对照纸上的编号再核对一下。</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>正在打开业务……</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建业务</translation>
    </message>
    <message>
        <source>This kind of case cannot be started at this desk yet: %1.</source>
        <translation>这个服务点暂时还不能办理这类业务：%1。</translation>
    </message>
    <message>
        <source>Recording the home visit…</source>
        <translation>正在记录上门服务…</translation>
    </message>
    <message>
        <source>Looking up the ID number…</source>
        <translation>正在查询身份证号……</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n events checked.</source>
        <translation>
            <numerusform>审计记录完整：已核对 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>正在核对审计记录……</translation>
    </message>
    <message>
        <source>Cunbao</source>
        <translation>村保</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Which column holds what?</source>
        <translation>哪一列是什么内容？</translation>
    </message>
    <message>
        <source>Choose for each item the column of the file that holds it. Under each choice you see the first values of that column, so you can check it is the right one. Items marked (required) must have a column.</source>
        <translation>请给每一项选出文件里对应的那一列。每个选择下面显示这一列的前几个值，方便您核对选得对不对。标着（必填）的项目一定要选一列。</translation>
    </message>
    <message>
        <source>&amp;Header row (the row with the column names):</source>
        <translation>表头行(&amp;H)（写列名的那一行）：</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No column was found for: %1.</source>
        <translation>没有找到这些项目的列：%1。</translation>
    </message>
    <message>
        <source>Please check the column chosen for: %1.</source>
        <translation>请核对这些项目选的列：%1。</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（文件里没有）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（没有列名）</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Not taken from the file.</source>
        <translation>不从文件里取。</translation>
    </message>
    <message>
        <source>First values: %1</source>
        <translation>前几个值：%1</translation>
    </message>
    <message>
        <source>This column is empty in the first rows.</source>
        <translation>这一列前几行是空的。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The ID number is empty. Type the 18 characters from the resident&apos;s ID card.</source>
        <translation>身份证号码为空。请照着居民身份证输入 18 位号码。</translation>
    </message>
    <message>
        <source>The ID number shows as {shown}: the spreadsheet stored it as a number and lost digits. In the spreadsheet, format the column as Text, type the number again from the ID card, and import it again.</source>
        <translation>身份证号码显示为 {shown}：表格把它当成了数字，后面几位已经丢失。请在表格中把这一列的格式设为“文本”，照着身份证重新输入号码，然后重新导入。</translation>
    </message>
    <message>
        <source>The ID number ends in 000 and its last character is wrong: a spreadsheet probably stored it as a number and replaced the last digits with zeros. Format the column as Text, type the number again from the ID card, and import it again.</source>
        <translation>身份证号码以 000 结尾，而且最后一位不对：很可能是表格把它当成了数字，把最后几位换成了 0。请把这一列的格式设为“文本”，照着身份证重新输入号码，然后重新导入。</translation>
    </message>
    <message>
        <source>The ID number contains characters that do not belong in it: {characters}. An ID number has only digits, and the letter X may appear only as the last character. Check it against the ID card.</source>
        <translation>身份证号码里有不该有的字符：{characters}。身份证号码只有数字，字母 X 只能出现在最后一位。请对照身份证检查。</translation>
    </message>
    <message>
        <source>The ID number has {length} characters; it must have 18 (or 15 on very old cards). Check for a missing or extra digit against the ID card.</source>
        <translation>身份证号码有 {length} 位，应该是 18 位（很老的证件是 15 位）。请对照身份证检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of the ID number ({digits}) are not a real date of birth. Check those digits against the ID card.</source>
        <translation>身份证号码第 7 到 14 位（{digits}）不是一个真实的出生日期。请对照身份证检查这几位数字。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number ({birth_date}) is in the future. Check characters 7 to 14 against the ID card.</source>
        <translation>身份证号码中的出生日期（{birth_date}）在今天之后。请对照身份证检查第 7 到 14 位。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number ({birth_date}) is before {earliest}. Check characters 7 to 14 against the ID card.</source>
        <translation>身份证号码中的出生日期（{birth_date}）早于 {earliest} 年。请对照身份证检查第 7 到 14 位。</translation>
    </message>
    <message>
        <source>The ID number does not add up: with these first 17 digits the last character should be {expected}, not {found}. One digit is probably mistyped; compare every digit with the ID card.</source>
        <translation>身份证号码校验不通过：按前 17 位计算，最后一位应该是 {expected}，而不是 {found}。很可能有一位数字输错了，请逐位对照身份证检查。</translation>
    </message>
    <message>
        <source>The first six digits of the ID number ({division_code}) are not a place code that exists or ever existed in China. Check the first six digits against the ID card.</source>
        <translation>身份证号码前 6 位（{division_code}）不是中国现在或过去存在过的行政区划代码。请对照身份证检查前 6 位。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number ({original}). It was converted to the 18-digit form {converted}. If the resident has a newer ID card, use the number on it.</source>
        <translation>这是旧的 15 位身份证号码（{original}），已转换为 18 位号码 {converted}。如果居民有新的身份证，请使用新证上的号码。</translation>
    </message>
    <message>
        <source>The ID number starts with an old place code, {division_code} ({name}); today that place is {current_name} ({current_code}). This is normal for people registered long ago; nothing needs fixing.</source>
        <translation>身份证号码以旧的行政区划代码 {division_code}（{name}）开头，这个地方现在是 {current_name}（{current_code}）。早年登记的居民常有这种情况，不需要修改。</translation>
    </message>
    <message>
        <source>The ID number starts with an old place code, {division_code} ({name}), that is no longer used. This is normal for people registered long ago; nothing needs fixing.</source>
        <translation>身份证号码以已停用的旧行政区划代码 {division_code}（{name}）开头。早年登记的居民常有这种情况，不需要修改。</translation>
    </message>
    <message>
        <source>The disability certificate number is empty. Type the 20 characters printed on the certificate.</source>
        <translation>残疾人证号为空。请照着残疾人证输入 20 位号码。</translation>
    </message>
    <message>
        <source>The disability certificate number shows as {shown}: the spreadsheet stored it as a number and lost digits. Format the column as Text, type the number again from the certificate, and import it again.</source>
        <translation>残疾人证号显示为 {shown}：表格把它当成了数字，后面几位已经丢失。请把这一列的格式设为“文本”，照着残疾人证重新输入号码，然后重新导入。</translation>
    </message>
    <message>
        <source>The disability certificate number has {length} characters; it must have 20 (the holder&apos;s 18-character ID number, the category and the grade), sometimes followed by B and a digit. Check it against the certificate. First-generation certificates are no longer valid.</source>
        <translation>残疾人证号有 {length} 位，应该是 20 位（持证人的 18 位身份证号码、残疾类别和残疾等级），有时后面还有 B 和一位数字。请对照残疾人证检查。第一代残疾人证已经失效。</translation>
    </message>
    <message>
        <source>Character 19 of the disability certificate number is {category}; it must be the category, a digit from 1 to 7. Check it against the certificate.</source>
        <translation>残疾人证号第 19 位是 {category}，这一位是残疾类别，应该是 1 到 7 的数字。请对照残疾人证检查。</translation>
    </message>
    <message>
        <source>Character 20 of the disability certificate number is {grade}; it must be the grade, a digit from 1 to 4. Check it against the certificate.</source>
        <translation>残疾人证号第 20 位是 {grade}，这一位是残疾等级，应该是 1 到 4 的数字。请对照残疾人证检查。</translation>
    </message>
    <message>
        <source>The first 18 characters of the disability certificate number are not a valid ID number. Compare them digit by digit with the certificate and with the resident&apos;s ID card.</source>
        <translation>残疾人证号的前 18 位不是有效的身份证号码。请逐位对照残疾人证和居民的身份证检查。</translation>
    </message>
    <message>
        <source>The first 18 characters of the disability certificate number are not this resident&apos;s ID number. Check that the certificate belongs to this resident and that both numbers are typed correctly.</source>
        <translation>残疾人证号的前 18 位与这位居民的身份证号码不一致。请确认这本残疾人证属于这位居民，并检查两个号码是否都输入正确。</translation>
    </message>
    <message>
        <source>The disability certificate number ends in {suffix}; after the 20 characters only B and one digit (for a reissued certificate) may follow. Check the end of the number against the certificate.</source>
        <translation>残疾人证号结尾是 {suffix}。20 位之后只能跟 B 和一位数字（补发的证件）。请对照残疾人证检查号码结尾。</translation>
    </message>
    <message>
        <source>The phone number is empty. Type an 11-digit mobile number or a landline with its area code.</source>
        <translation>电话号码为空。请输入 11 位手机号码，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>The phone number {shown} is not a mobile or Ningxia landline number. Type an 11-digit mobile number starting with 1, or a landline with its area code (0951 to 0955), such as 0954-5012345.</source>
        <translation>电话号码 {shown} 不是手机号码，也不是宁夏的固定电话。请输入以 1 开头的 11 位手机号码，或带区号（0951 到 0955）的固定电话，例如 0954-5012345。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check the name and that the file is not open in another program.</source>
        <translation>无法读取文件 {path}（{reason}）。请检查文件名是否正确，并确认该文件没有在其他程序中打开。</translation>
    </message>
    <message>
        <source>The file {path} is not valid JSON (line {line}: {reason}). Fix the file or save it again from the program that made it.</source>
        <translation>文件 {path} 不是有效的 JSON 格式（第 {line} 行：{reason}）。请修正该文件，或用生成它的程序重新保存。</translation>
    </message>
    <message>
        <source>The policy folder {directory} does not exist. Reinstall Cunbao, or choose the folder that holds national.yaml and 640000.yaml.</source>
        <translation>政策文件夹 {directory} 不存在。请重新安装村保，或选择存放 national.yaml 和 640000.yaml 的文件夹。</translation>
    </message>
    <message>
        <source>The policy file {file} is missing from {directory}. Copy it back from the Cunbao installation or from the county&apos;s policy update.</source>
        <translation>{directory} 中缺少政策文件 {file}。请从村保安装目录或县里下发的政策更新中把它复制回来。</translation>
    </message>
    <message>
        <source>The policy file {file} cannot be read ({detail}). Check that it is a text file saved as UTF-8 and that this computer account may open it.</source>
        <translation>无法读取政策文件 {file}（{detail}）。请确认它是以 UTF-8 保存的文本文件，并且当前电脑账户有权打开它。</translation>
    </message>
    <message>
        <source>The policy file {file} is broken near line {line} ({detail}). Compare that line with the lines around it: check the indentation, the colons, brackets and quotes.</source>
        <translation>政策文件 {file} 在第 {line} 行附近格式有误（{detail}）。请把这一行和前后几行对照检查：缩进、冒号、括号和引号。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: the name {key} appears twice under {path}. Delete or rename one of them.</source>
        <translation>政策文件 {file} 第 {line} 行：名称 {key} 在 {path} 下出现了两次。请删除其中一个或改名。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: the name {key} under {path} must be text. Put it in quotes, for example &quot;640423&quot;.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 下的名称 {key} 必须是文字。请给它加上引号，例如 &quot;640423&quot;。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} needs an entry called {name}. Add it; write null if the value is not known.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 缺少名为 {name} 的项。请补上；如果数值未知，写 null。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {name} is not a known entry at {path}. Check the spelling, or remove it.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 处的 {name} 不是可识别的项。请检查拼写，或删除它。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: there is no figure called {name}. Check the spelling against the other policy files.</source>
        <translation>政策文件 {file} 第 {line} 行：没有名为 {name} 的数值项。请对照其他政策文件检查拼写。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} is {value}, but it must be: {expected}. Correct the value; write null if it is not known.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 的值是 {value}，但应当是：{expected}。请改正；如果数值未知，写 null。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} is {value}; the allowed values are: {allowed}. Correct the value.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 的值是 {value}；允许的值为：{allowed}。请改正。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} is {value}, which is not in the form {expected}. Dates are written like 2025-01-31.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 的值是 {value}，不符合 {expected} 的格式。日期应写成 2025-01-31 这样。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} is {value}, which is beyond the limit {limit}. Money cannot be negative, and rates are fractions: 0.03 for 3 %.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 的值是 {value}，超出了界限 {limit}。金额不能为负数；利率写成小数：3% 写作 0.03。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: the value {value} at {path} is not allowed ({check}). Compare it with similar entries in the file.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 处的值 {value} 不被允许（{check}）。请与文件中类似的条目对照。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} is {value}, which is not a real date. Correct the day or the month.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 的值是 {value}，这不是一个真实的日期。请改正日或月。</translation>
    </message>
    <message>
        <source>The policy file {file} is written for format version {found}, but this Cunbao reads version {supported}. Update Cunbao, or get the policy file made for this version.</source>
        <translation>政策文件 {file} 是按格式版本 {found} 编写的，而本村保只能读取版本 {supported}。请更新村保，或获取适用于此版本的政策文件。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: {path} says {found}, but this file must be for {expected}. The file may have the wrong name or come from another county.</source>
        <translation>政策文件 {file} 第 {line} 行：{path} 写的是 {found}，但这个文件应当是 {expected} 的。文件名可能不对，或者文件来自其他县。</translation>
    </message>
    <message>
        <source>The policy file {file} belongs to the policy pack {found}, but the other files belong to {expected}. Use files from the same policy pack.</source>
        <translation>政策文件 {file} 属于政策包 {found}，而其他文件属于 {expected}。请使用同一个政策包中的文件。</translation>
    </message>
    <message>
        <source>{county} is not the code of a county in region {region}. Give the six-digit code of the county, for example 640423 for Longde County.</source>
        <translation>{county} 不是 {region} 所辖县的代码。请填写该县的六位代码，例如隆德县为 640423。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: the period ends on {end}, before it starts on {start}. Correct the dates.</source>
        <translation>政策文件 {file} 第 {line} 行：这段时期的结束日期 {end} 早于开始日期 {start}。请改正日期。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: this period of {key} overlaps the period on line {other_line}. End the earlier period the day before the later one starts.</source>
        <translation>政策文件 {file} 第 {line} 行：{key} 的这段时期与第 {other_line} 行的时期重叠。请让较早的时期在较晚时期开始的前一天结束。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: the source {source} is not listed under sources in any policy file. Add the document under sources, or correct the name.</source>
        <translation>政策文件 {file} 第 {line} 行：来源 {source} 没有列在任何政策文件的 sources 下。请在 sources 下添加该文件，或改正名称。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: there is a government-paid contribution amount for the group {group}, but no such group. Add the group under groups, or correct the name.</source>
        <translation>政策文件 {file} 第 {line} 行：有群体 {group} 的代缴金额，但没有这个群体。请在 groups 下添加该群体，或改正名称。</translation>
    </message>
    <message>
        <source>In the policy file {file}, line {line}: an entry marked confirmed must name the clause of the document it rests on. Fill in clause, or set status to unconfirmed.</source>
        <translation>政策文件 {file} 第 {line} 行：标记为 confirmed（已确认）的条目必须写明所依据文件的条款。请填写 clause，或把 status 改为 unconfirmed。</translation>
    </message>
    <message>
        <source>No policy file has the figure {key}, which Cunbao needs. Add it to the region file 640000.yaml.</source>
        <translation>没有任何政策文件包含村保需要的数值项 {key}。请把它添加到自治区文件 640000.yaml 中。</translation>
    </message>
    <message>
        <source>No policy file has the rule {rule}, which Cunbao cites. Add it under rules in the region file 640000.yaml.</source>
        <translation>没有任何政策文件包含村保引用的规则 {rule}。请在自治区文件 640000.yaml 的 rules 下添加它。</translation>
    </message>
    <message>
        <source>The policy pack has no value for {key} on {date}. Choose a date the pack covers, or ask the county to add the figure.</source>
        <translation>政策包中没有 {key} 在 {date} 的数值。请选择政策包覆盖的日期，或请县里补充该数值。</translation>
    </message>
    <message>
        <source>The profile must be one JSON object with named entries such as id_number. Check the file.</source>
        <translation>居民信息必须是一个 JSON 对象，包含 id_number 等命名项。请检查文件。</translation>
    </message>
    <message>
        <source>The profile has an entry called {name}, which Cunbao does not use. Check the spelling.</source>
        <translation>居民信息中有一项叫 {name}，村保不使用它。请检查拼写。</translation>
    </message>
    <message>
        <source>The profile has no ID number. Add id_number with the resident&apos;s 18-character ID number.</source>
        <translation>居民信息中没有身份证号码。请添加 id_number，填写居民的 18 位身份证号码。</translation>
    </message>
    <message>
        <source>The ID number in the profile is not valid; the next message says why. Correct it from the ID card.</source>
        <translation>居民信息中的身份证号码无效，下一条提示说明原因。请照着身份证改正。</translation>
    </message>
    <message>
        <source>The hukou division {value} is not a six-digit division code. Use the county code of the household register, for example 640423, or leave it out to use this service point&apos;s county.</source>
        <translation>户籍区划 {value} 不是六位区划代码。请填写户口簿上的县级代码，例如 640423；或者不填，以使用本服务点所在县。</translation>
    </message>
    <message>
        <source>groups must be a list of entries, each with group, from and to. Check the brackets.</source>
        <translation>groups 必须是一个列表，每一项都包含 group、from 和 to。请检查括号。</translation>
    </message>
    <message>
        <source>Entry {entry} of groups is not an entry with group, from and to. Correct that entry.</source>
        <translation>groups 的第 {entry} 项不是包含 group、from 和 to 的条目。请改正这一项。</translation>
    </message>
    <message>
        <source>Entry {entry} of groups has no group name. Add it, for example dibao.</source>
        <translation>groups 的第 {entry} 项没有群体名称。请补上，例如 dibao。</translation>
    </message>
    <message>
        <source>Entry {entry} of groups has an item called {name}; only group, from and to are read. Check the spelling.</source>
        <translation>groups 的第 {entry} 项中有一项叫 {name}；只读取 group、from 和 to。请检查拼写。</translation>
    </message>
    <message>
        <source>Entry {entry} of groups has the date {value}, which is not a real date written like 2025-01-31. Correct it.</source>
        <translation>groups 的第 {entry} 项中的日期 {value} 不是 2025-01-31 这样写法的真实日期。请改正。</translation>
    </message>
    <message>
        <source>Entry {entry} of groups ends on {end}, before it starts on {start}. Correct the dates.</source>
        <translation>groups 的第 {entry} 项结束日期 {end} 早于开始日期 {start}。请改正日期。</translation>
    </message>
    <message>
        <source>disability_cert must be the certificate number as text, in quotes. Correct it.</source>
        <translation>disability_cert 必须是加引号的残疾人证号码文字。请改正。</translation>
    </message>
    <message>
        <source>The disability certificate number in the profile is not valid; the next message says why. Correct it from the certificate.</source>
        <translation>居民信息中的残疾人证号码无效，下一条提示说明原因。请照着残疾人证改正。</translation>
    </message>
    <message>
        <source>{name} must be true or false, not {value}. Correct it.</source>
        <translation>{name} 只能是 true 或 false，不能是 {value}。请改正。</translation>
    </message>
    <message>
        <source>contribution_years must be a whole number of years from 0 to 60, not {value}. Correct it.</source>
        <translation>contribution_years（缴费年限）必须是 0 到 60 之间的整数年，不能是 {value}。请改正。</translation>
    </message>
    <message>
        <source>The resident is {age} on that date; enrolment starts at {min_age}. Enrol after that birthday.</source>
        <translation>该居民在这一天为 {age} 周岁；年满 {min_age} 周岁才能参保。请在满该周岁后办理参保。</translation>
    </message>
    <message>
        <source>Full-time students cannot enrol in the residents&apos; pension. Enrol after leaving school.</source>
        <translation>在校全日制学生不能参加城乡居民养老保险。请在离校后参保。</translation>
    </message>
    <message>
        <source>The resident is in the employee pension scheme and cannot be in both schemes. Keep the employee scheme, or ask the county about moving between the schemes.</source>
        <translation>该居民已参加职工养老保险，不能同时参加两种保险。请保留职工养老保险，或向县里咨询两种保险之间的转移衔接。</translation>
    </message>
    <message>
        <source>Civil servants and public-institution staff have their own pension scheme and cannot enrol here.</source>
        <translation>机关事业单位工作人员有自己的养老保险制度，不能在这里参保。</translation>
    </message>
    <message>
        <source>The resident&apos;s hukou ({hukou}) is outside Ningxia, and people enrol where their hukou is. Send the resident to the social security office there.</source>
        <translation>该居民的户籍（{hukou}）不在宁夏，而参保应在户籍地办理。请让居民到户籍地的社保经办机构办理。</translation>
    </message>
    <message>
        <source>No hukou division was given, so this service point&apos;s county ({county}) was used. Check the household register.</source>
        <translation>没有填写户籍区划，因此按本服务点所在县（{county}）处理。请核对户口簿。</translation>
    </message>
    <message>
        <source>The resident&apos;s hukou ({hukou}) is in another Ningxia county, so the resident enrols there; that county&apos;s amounts may differ from this county&apos;s ({county}).</source>
        <translation>该居民的户籍（{hukou}）在宁夏的另一个县，应在那里参保；那个县的金额可能与本县（{county}）不同。</translation>
    </message>
    <message>
        <source>The resident is already enrolled; there is nothing more to do to enrol.</source>
        <translation>该居民已经参保，参保方面无需再办理。</translation>
    </message>
    <message>
        <source>The resident cannot enrol now (see the enrolment reasons), so the government cannot pay the contribution.</source>
        <translation>该居民目前不能参保（见参保方面的原因），因此政府无法为其代缴。</translation>
    </message>
    <message>
        <source>The resident already draws the residents&apos; pension; the government pays contributions only for people who are still paying in.</source>
        <translation>该居民已在领取城乡居民养老金；政府只为仍在缴费的人员代缴。</translation>
    </message>
    <message>
        <source>The resident is in no group whose contribution the government pays in {year}. If the resident should be on a civil affairs, disabled persons&apos; federation or rural revitalisation list, collect the certificate and send a copy to the township.</source>
        <translation>该居民在 {year} 年不属于任何享受政府代缴的群体。如果该居民应当在民政、残联或乡村振兴部门的名单上，请收集相关证件并把复印件报送乡镇。</translation>
    </message>
    <message>
        <source>The disability certificate is for a multiple disability (category 7) at grade 3 or 4; whether it counts for group {group} depends on the impairments it covers. Look at the certificate and send a copy to the county for a decision.</source>
        <translation>该残疾人证为多重残疾（第 7 类）三级或四级；是否属于群体 {group} 要看具体涉及哪些残疾。请查看残疾人证原件，并把复印件报县里认定。</translation>
    </message>
    <message>
        <source>Group {group} keeps the old minimum tier, but the notice does not give it a government-paid contribution. The resident pays the contribution.</source>
        <translation>群体 {group} 可以保留原最低缴费档次，但文件没有规定为其代缴。由居民本人缴费。</translation>
    </message>
    <message>
        <source>The resident is in several groups ({groups}); the government pays only once a year, the largest amount.</source>
        <translation>该居民同时属于多个群体（{groups}）；政府每年只代缴一次，按其中最高的金额。</translation>
    </message>
    <message>
        <source>The county&apos;s amount for group {group} is not in the policy pack. Ask the county and have the pack updated.</source>
        <translation>政策包中没有本县对群体 {group} 的代缴金额。请向县里询问，并更新政策包。</translation>
    </message>
    <message>
        <source>The resident is in no group that keeps the old minimum tier, and chooses from the current tiers.</source>
        <translation>该居民不属于可保留原最低缴费档次的群体，应从现行缴费档次中选择。</translation>
    </message>
    <message>
        <source>Whether the resident keeps the old minimum tier depends on the disability certificate (multiple disability at grade 3 or 4, group {group}). Look at the certificate and ask the county.</source>
        <translation>该居民能否保留原最低缴费档次取决于残疾人证（多重残疾三级或四级，群体 {group}）。请查看残疾人证并向县里询问。</translation>
    </message>
    <message>
        <source>The resident is {age}; the pension can be claimed from the age of {claim_age}.</source>
        <translation>该居民现年 {age} 周岁；年满 {claim_age} 周岁才能领取养老金。</translation>
    </message>
    <message>
        <source>The resident has {years} contribution years and needs {min_years}, so {missing} years are missing.</source>
        <translation>该居民已缴费 {years} 年，需要 {min_years} 年，还差 {missing} 年。</translation>
    </message>
    <message>
        <source>The resident draws another state basic pension and cannot also claim the residents&apos; pension.</source>
        <translation>该居民正在领取其他国家规定的基本养老待遇，不能再领取城乡居民养老金。</translation>
    </message>
    <message>
        <source>The resident already draws the residents&apos; pension; there is nothing to claim.</source>
        <translation>该居民已在领取城乡居民养老金，无需再申领。</translation>
    </message>
    <message>
        <source>Paying every year until the claim age ({future_years} more years, this year included) is enough to reach the years needed.</source>
        <translation>从现在起每年缴费直到领取年龄（还有 {future_years} 年，含今年），就能够达到所需年限。</translation>
    </message>
    <message>
        <source>Even paying every year from now, {arrears} years would be missing; they can be paid as arrears, which get no government subsidy.</source>
        <translation>即使从现在起每年缴费，仍差 {arrears} 年；这几年可以补缴，但补缴年限不享受政府缴费补贴。</translation>
    </message>
    <message>
        <source>The resident is {claim_age} or older and lacks contribution years. Whether Ningxia allows paying missing years at this age is not in the policy pack: ask the county.</source>
        <translation>该居民已年满 {claim_age} 周岁且缴费年限不足。宁夏是否允许在这个年龄补缴，政策包中没有规定，请向县里询问。</translation>
    </message>
    <message>
        <source>The resident is {claim_age} or older, and the policy does not allow paying missing years now. Ask the county what other support applies.</source>
        <translation>该居民已年满 {claim_age} 周岁，按政策现在不能补缴所差年限。请向县里询问还有哪些帮扶措施。</translation>
    </message>
    <message>
        <source>The resident works flexibly in town and may join the employee pension scheme as a flexible worker. Explain the choice and where to register.</source>
        <translation>该居民在城镇灵活就业，可以以灵活就业人员身份参加企业职工基本养老保险。请讲清两种选择，并告知到哪里登记。</translation>
    </message>
    <message>
        <source>The resident meets the conditions for people with employment difficulties and, as a flexible worker, can apply for the flexible-employment social insurance subsidy. Tell them where to apply.</source>
        <translation>该居民符合就业困难人员条件，作为灵活就业人员可以申请灵活就业社会保险补贴。请告知到哪里申请。</translation>
    </message>
    <message>
        <source>The resident is a veteran: use the veterans&apos; direct service channel.</source>
        <translation>该居民是退役军人：请走退役军人直办通道。</translation>
    </message>
    <message>
        <source>The group {group} is not in the policy pack, so it was not counted. Check the spelling, or ask the county to add the group.</source>
        <translation>群体 {group} 不在政策包中，因此没有计入。请检查拼写，或请县里添加该群体。</translation>
    </message>
    <message>
        <source>The disability certificate number could not be read, so no disability group was taken from it. Check the number on the certificate.</source>
        <translation>无法识别残疾人证号码，因此没有据此认定残疾群体。请核对残疾人证上的号码。</translation>
    </message>
    <message>
        <source>{name} cannot be negative ({value}). Enter 0 or more.</source>
        <translation>{name} 不能为负数（{value}）。请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>Choose a contribution tier; 0 is not a tier.</source>
        <translation>请选择一个缴费档次；0 不是缴费档次。</translation>
    </message>
    <message>
        <source>The government&apos;s part ({government} yuan) is more than the tier ({tier} yuan). Enter a government part no larger than the tier.</source>
        <translation>政府代缴部分（{government} 元）超过了缴费档次（{tier} 元）。请输入不超过缴费档次的代缴金额。</translation>
    </message>
    <message>
        <source>The interest rate {rate} is out of range. Enter it as a fraction from 0 up to 1: 0.03 for 3 %.</source>
        <translation>利率 {rate} 超出范围。请写成 0 到 1 之间的小数：3% 写作 0.03。</translation>
    </message>
    <message>
        <source>Contributions count until {last_year}, the year the resident turns 59, so {start_year} is too late. Enter a start year no later than {last_year}.</source>
        <translation>缴费计算到 {last_year} 年，即居民满 59 周岁的那一年，所以 {start_year} 年太晚了。请输入不晚于 {last_year} 年的起始年份。</translation>
    </message>
    <message>
        <source>The resident can enrol from {first_year}, the year of the 16th birthday, so {start_year} is too early. Enter a later start year.</source>
        <translation>该居民从 {first_year} 年（满 16 周岁的那一年）起才能参保，所以 {start_year} 年太早了。请输入更晚的起始年份。</translation>
    </message>
    <message>
        <source>The policy pack has no contribution tiers for {year}. Choose a later start year, or have the pack updated.</source>
        <translation>政策包中没有 {year} 年的缴费档次。请选择更晚的起始年份，或更新政策包。</translation>
    </message>
    <message>
        <source>The tier of {tier} yuan is not offered in {year}. Choose one of: {tiers}.</source>
        <translation>{year} 年没有 {tier} 元这个缴费档次。请从以下档次中选择：{tiers}。</translation>
    </message>
    <message>
        <source>The number of arrears years cannot be negative ({arrears}). Enter 0 or more.</source>
        <translation>补缴年数不能为负数（{arrears}）。请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>Arrears can only bring the total up to {max_total} years; with these contribution years at most {allowed} arrears years are possible, not {arrears}.</source>
        <translation>补缴后累计年限最多只能达到 {max_total} 年；按这些缴费年限，最多可补缴 {allowed} 年，而不是 {arrears} 年。</translation>
    </message>
    <message>
        <source>Each year&apos;s money is counted at the end of the year; the official account may differ slightly.</source>
        <translation>每年的钱按年底记入账户计算；官方账户的结果可能略有不同。</translation>
    </message>
    <message>
        <source>Interest is assumed at {rate} a year (0.03 means 3 %) for every year; the official rate may differ.</source>
        <translation>假设每年利率都是 {rate}（0.03 即 3%）；官方利率可能不同。</translation>
    </message>
    <message>
        <source>No interest rate is known for {from_year} to {to_year}, so no interest was counted for those years; the real balance will probably be higher.</source>
        <translation>{from_year} 年至 {to_year} 年的记账利率未知，这几年没有计算利息；实际余额很可能更高。</translation>
    </message>
    <message>
        <source>The subsidy on the {tier} yuan tier for {from_year} to {to_year} is not known; {amount} yuan was used ({basis}).</source>
        <translation>{from_year} 年至 {to_year} 年 {tier} 元档次的缴费补贴未知；计算时按 {amount} 元（{basis}）。</translation>
    </message>
    <message>
        <source>No subsidy is known for the {tier} yuan tier for {from_year} to {to_year}; none was counted.</source>
        <translation>{from_year} 年至 {to_year} 年 {tier} 元档次没有已知的缴费补贴；计算时没有计入补贴。</translation>
    </message>
    <message>
        <source>The arrears are assumed to be paid in {year}, together with the first contribution.</source>
        <translation>假设补缴在 {year} 年与第一次缴费一起缴纳。</translation>
    </message>
    <message>
        <source>The basic pension was entered as {amount} yuan a month; it is not from the policy pack.</source>
        <translation>基础养老金按输入的每月 {amount} 元计算，不是来自政策包。</translation>
    </message>
    <message>
        <source>Benefits start in {month}. The basic pension for then is not known yet, so the amounts known on {as_of} were used; it will probably be higher.</source>
        <translation>从 {month} 起领取待遇。那时的基础养老金还不知道，因此按 {as_of} 已知的标准计算；届时很可能更高。</translation>
    </message>
    <message>
        <source>The part {part} of the basic pension for {month} is not known and was counted as 0. Ask the county.</source>
        <translation>{month} 基础养老金中的 {part} 部分未知，按 0 计算。请向县里询问。</translation>
    </message>
    <message>
        <source>There is no county policy file for {county}: regional figures were used, and any county supplement is missing.</source>
        <translation>{county} 没有县级政策文件：使用的是自治区的数值，县里的加发部分没有计入。</translation>
    </message>
    <message>
        <source>The database file {path} is not there. If the Cunbao folder was moved or copied, choose the folder that holds cunbao.db, or restore the latest backup.</source>
        <translation>数据库文件 {path} 不存在。如果村保文件夹被移动或复制过，请选择存放 cunbao.db 的文件夹，或恢复最近的备份。</translation>
    </message>
    <message>
        <source>There is already a Cunbao database at {path}. It was left as it is. Sign in to it, or choose an empty folder for a new database.</source>
        <translation>{path} 已经有一个村保数据库，没有改动它。请登录这个数据库，或为新数据库选择一个空文件夹。</translation>
    </message>
    <message>
        <source>The database {path} does not open with the key file next to it: they belong to different databases. Put back the keyslots.json that was saved with this database, or restore a backup (each backup keeps its own key file). The database was not changed.</source>
        <translation>数据库 {path} 无法用旁边的密钥文件打开：它们属于不同的数据库。请放回与这个数据库一起保存的 keyslots.json，或恢复一个备份（每个备份都保存了自己的密钥文件）。数据库没有被改动。</translation>
    </message>
    <message>
        <source>The file {path} is not a Cunbao database. It was not changed. Choose the folder that holds Cunbao&apos;s cunbao.db, or restore a backup made by Cunbao.</source>
        <translation>文件 {path} 不是村保数据库，没有改动它。请选择存放村保 cunbao.db 的文件夹，或恢复由村保做的备份。</translation>
    </message>
    <message>
        <source>The database {path} is damaged or incomplete (for example, the copy was cut short). It was not changed. Restore the latest backup, and keep the damaged file for the county&apos;s technician.</source>
        <translation>数据库 {path} 已损坏或不完整（例如复制时被中断）。它没有被改动。请恢复最近的备份，并保留这个损坏的文件交给县里的技术人员。</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program. Close other Cunbao windows, wait a moment and try again.</source>
        <translation>数据库 {path} 正被另一个程序使用。请关闭其他村保窗口，稍等片刻再试。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Cunbao (database version {revision}). Install the newer Cunbao to open it. Nothing was changed.</source>
        <translation>这个数据库是由更新版本的村保写入的（数据库版本 {revision}）。请安装新版村保后再打开。没有做任何改动。</translation>
    </message>
    <message>
        <source>The database could not be updated for this version of Cunbao (step {revision}). Nothing was changed, and a backup was taken first. Keep using the previous version of Cunbao and report this to the county.</source>
        <translation>无法把数据库更新到适合这个版本村保的格式（步骤 {revision}）。没有做任何改动，更新前已经做了备份。请继续使用之前版本的村保，并把这个情况报告给县里。</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so the database cannot be unlocked. Copy back keyslots.json from where the database came from, or restore a backup (each backup keeps its key file).</source>
        <translation>密钥文件 {path} 不见了，所以无法解锁数据库。请从数据库原来所在的地方把 keyslots.json 复制回来，或恢复一个备份（每个备份都保存了自己的密钥文件）。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged. Replace it with the keyslots.json saved next to the latest backup.</source>
        <translation>密钥文件 {path} 已损坏。请用最近一个备份旁边保存的 keyslots.json 替换它。</translation>
    </message>
    <message>
        <source>There is no account named {username} on this computer. Check the spelling, or ask the supervisor to add the account.</source>
        <translation>这台电脑上没有名为 {username} 的账户。请检查拼写，或请管理员添加这个账户。</translation>
    </message>
    <message>
        <source>The password for {username} is not correct. Check the input method and Caps Lock, then type it again. If it is forgotten, the supervisor can set a new one.</source>
        <translation>{username} 的密码不正确。请检查输入法和大写锁定键，然后重新输入。如果忘记了密码，管理员可以设置新密码。</translation>
    </message>
    <message>
        <source>An account named {username} already exists. Choose another name, or change that account&apos;s password instead.</source>
        <translation>名为 {username} 的账户已经存在。请换一个名字，或者改为修改这个账户的密码。</translation>
    </message>
    <message>
        <source>{username} is the only account that can open this database, so it cannot be removed. Add another account first.</source>
        <translation>{username} 是唯一能打开这个数据库的账户，所以不能删除。请先添加另一个账户。</translation>
    </message>
    <message>
        <source>Unattended opening is turned off for this computer. Sign in with your password, or ask the supervisor to turn on automatic sync.</source>
        <translation>这台电脑没有开启无人值守打开。请用密码登录，或请管理员开启自动同步。</translation>
    </message>
    <message>
        <source>This computer&apos;s saved key for unattended work is missing (perhaps the system account changed). Sign in with a password; the supervisor can turn automatic sync off and on again to renew it.</source>
        <translation>这台电脑上为无人值守工作保存的密钥不见了（可能是系统账户变了）。请用密码登录；管理员可以把自动同步关闭后再开启，以重新生成密钥。</translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be reached, so unattended work cannot be set up. Sign in with your password instead, or ask a technician to enable the system keyring.</source>
        <translation>无法访问系统的密码存储，所以不能设置无人值守工作。请改用密码登录，或请技术人员启用系统密钥环。</translation>
    </message>
    <message>
        <source>The account {username} is switched off. Ask the supervisor to switch it on again, or sign in with your own account.</source>
        <translation>账户 {username} 已被停用。请管理员重新启用，或用你自己的账户登录。</translation>
    </message>
    <message>
        <source>The change was not saved because the program did not say which assistant made it. Sign out and in again; if it happens again, report it.</source>
        <translation>更改没有保存，因为程序没有说明是哪位协办员做的更改。请退出后重新登录；如果再次出现，请报告这个问题。</translation>
    </message>
    <message>
        <source>The change was not saved because it would have bypassed the record of changes. Nothing was changed; please report this to the county.</source>
        <translation>更改没有保存，因为它会绕过更改记录。没有做任何改动；请把这个情况报告给县里。</translation>
    </message>
    <message>
        <source>The record of changes was altered at entry {seq}. Do not edit the database with other tools. Report this to the supervisor, who can compare it with a backup.</source>
        <translation>更改记录在第 {seq} 条被篡改过。请不要用其他工具编辑数据库。请报告管理员，管理员可以与备份进行核对。</translation>
    </message>
    <message>
        <source>Entries are missing from the record of changes or out of order at entry {seq}. Report this to the supervisor, who can compare it with a backup.</source>
        <translation>更改记录在第 {seq} 条处缺少条目或顺序被打乱。请报告管理员，管理员可以与备份进行核对。</translation>
    </message>
    <message>
        <source>The record of changes ends too early: entries from {seq} on were removed. Report this to the supervisor, who can compare it with a backup.</source>
        <translation>更改记录提前结束了：从第 {seq} 条起的记录被删除。请报告管理员，管理员可以与备份进行核对。</translation>
    </message>
    <message>
        <source>The marker of the last entry in the record of changes is missing (after entry {seq}). Report this to the supervisor, who can compare it with a backup.</source>
        <translation>更改记录中最后一条的标记不见了（在第 {seq} 条之后）。请报告管理员，管理员可以与备份进行核对。</translation>
    </message>
    <message>
        <source>The backup {path} cannot be opened with its key file and password. Choose another backup, or use the password that was valid when this backup was made. Nothing was changed.</source>
        <translation>备份 {path} 无法用它的密钥文件和密码打开。请选择另一个备份，或使用做这个备份时有效的密码。没有做任何改动。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged. Choose an older backup. Nothing was changed.</source>
        <translation>备份 {path} 已损坏。请选择更早的备份。没有做任何改动。</translation>
    </message>
    <message>
        <source>The backup was made by a different version of Cunbao (database version {revision}). Install that version, or choose another backup. Nothing was changed.</source>
        <translation>这个备份是由另一个版本的村保做的（数据库版本 {revision}）。请安装那个版本，或选择另一个备份。没有做任何改动。</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this backup is missing, so the backup cannot be opened. Copy it back next to the backup, or choose another backup.</source>
        <translation>属于这个备份的密钥文件 {path} 不见了，所以无法打开备份。请把它复制回备份旁边，或选择另一个备份。</translation>
    </message>
    <message>
        <source>The backup {path} is not encrypted, so it is not a Cunbao backup and was not used. Choose a backup made by Cunbao.</source>
        <translation>备份 {path} 没有加密，所以它不是村保的备份，没有使用它。请选择由村保做的备份。</translation>
    </message>
    <message>
        <source>A scanned document is missing from this computer. Scan it again, or sync to fetch it from the county.</source>
        <translation>这台电脑上缺少一份扫描件。请重新扫描，或进行同步从县里取回。</translation>
    </message>
    <message>
        <source>A scanned document on this computer is damaged. Scan it again, or sync to fetch a good copy from the county.</source>
        <translation>这台电脑上的一份扫描件已损坏。请重新扫描，或进行同步从县里取回完好的副本。</translation>
    </message>
    <message>
        <source>A scanned document was asked for with an invalid reference. Please report this; the document itself is not affected.</source>
        <translation>请求扫描件时使用了无效的编号。请报告这个问题；扫描件本身没有受到影响。</translation>
    </message>
    <message>
        <source>The village code {village} is not valid. Type digits only: the 6-digit county code (for example 640423) or the 9- or 12-digit code of a township or village.</source>
        <translation>村代码 {village} 不正确。请只输入数字：6 位县（区）代码（例如 640423），或 9 位、12 位的乡镇或村代码。</translation>
    </message>
    <message>
        <source>The code {village} is not in Ningxia. Demo data is made only for Ningxia: use a code that starts with 64, for example 640423.</source>
        <translation>代码 {village} 不在宁夏。演示数据只能为宁夏生成：请使用以 64 开头的代码，例如 640423。</translation>
    </message>
    <message>
        <source>No county has the code {county} today (taken from {village}). Use the code of a county that exists now, for example 640423 for Longde County.</source>
        <translation>现在没有代码为 {county} 的县（区）（取自 {village}）。请使用现有县（区）的代码，例如隆德县为 640423。</translation>
    </message>
    <message>
        <source>The number of residents must be from {minimum} to {maximum}, not {residents}. Choose a number in that range, for example 500.</source>
        <translation>居民人数必须在 {minimum} 到 {maximum} 之间，{residents} 不在这个范围内。请在这个范围内选一个数，例如 500。</translation>
    </message>
    <message>
        <source>The file {name} is empty, so it was not added. Scan or photograph the paper again and add the new file.</source>
        <translation>文件 {name} 是空的，没有添加。请重新扫描或拍照，再添加新文件。</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB; a scan can be at most {limit_mb} MB. Scan it again at a lower resolution (200 dpi is enough), or as a JPEG photo instead of TIFF.</source>
        <translation>文件 {name} 有 {size_mb} MB，扫描件最大只能 {limit_mb} MB。请用较低的分辨率重新扫描（200 dpi 就够了），或者存成 JPEG 照片，不要用 TIFF。</translation>
    </message>
    <message>
        <source>The file {name} is not a picture or a PDF, so it was not added. Add a JPEG, PNG, TIFF or PDF file from the scanner or the camera.</source>
        <translation>文件 {name} 不是图片也不是 PDF，没有添加。请添加扫描仪或相机拍的 JPEG、PNG、TIFF 或 PDF 文件。</translation>
    </message>
    <message>
        <source>The resident of this case is not in the register any more, so the case was not saved. Find or register the resident again on the first page, then finish the case.</source>
        <translation>这个业务的办理人已不在花名册里，业务没有保存。请在第一页重新查找或登记此人，再完成业务。</translation>
    </message>
    <message>
        <source>This case is not at this desk any more. Close it and look it up again in the list of cases.</source>
        <translation>这个业务已不在本服务点。请关闭它，再到业务列表里重新查找。</translation>
    </message>
    <message>
        <source>Case {reference} is already with the county or decided, so its papers cannot change here. If the county needs more papers, it sends the case back; then add them.</source>
        <translation>业务 {reference} 已经报到县里或已有结果，这里不能再改材料。如果县里需要补材料，会把业务退回，那时再补。</translation>
    </message>
    <message>
        <source>The paper &quot;{kind}&quot; is not one this program knows, so the case was not saved. Close the case and start it again; if it happens again, tell the county&apos;s technician.</source>
        <translation>本程序不认识材料&quot;{kind}&quot;，业务没有保存。请关闭这个业务重新开始；如果再出现，请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>Case {reference} was not sent back by the county, so it cannot be opened again for correcting. Only a case the county returned is corrected here; papers brought in later are ticked in the case&apos;s list of papers.</source>
        <translation>业务 {reference} 没有被县里退回，不能重新打开修改。只有县里退回的业务才能在这里改正；后来补交的材料，请在该业务的材料清单里打勾。</translation>
    </message>
    <message>
        <source>Case {reference} is no longer waiting for a correction: it was corrected in another window, or the county has decided it. Close this form and discard the draft, then open the case to see where it stands.</source>
        <translation>业务 {reference} 已经不需要改正了：可能已在另一个窗口改正过，或者县里已经办结。请关闭这张表并放弃草稿，再打开这笔业务看看现在办到哪一步。</translation>
    </message>
    <message>
        <source>This form corrects case {reference} of {name}, so it cannot be saved for another resident. Go back to the first page and choose {name} again; for someone else, start a new case.</source>
        <translation>这张表是改正{name}的业务 {reference}，不能存到别的居民名下。请回到第一页重新选{name}；要给别人办，请新开一笔业务。</translation>
    </message>
    <message>
        <source>This resident is not in the register any more. Close the page and search for the resident again.</source>
        <translation>花名册里已没有这个人。请关闭这一页，重新查找此人。</translation>
    </message>
    <message>
        <source>The ID number {masked_id} is already registered, for {name}. Open that resident instead of registering a new one; if the name is wrong there, correct it with a change of details.</source>
        <translation>身份证号 {masked_id} 已经登记过了，登记的人是 {name}。请打开这个人，不要重复登记；如果那里的姓名不对，请办理信息变更来改正。</translation>
    </message>
    <message>
        <source>The name is empty. Type the name exactly as it is on the ID card.</source>
        <translation>姓名没有填。请按身份证上的姓名填写。</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters. Type only the name as it is on the ID card, without notes.</source>
        <translation>姓名超过了 {max} 个字。请只填身份证上的姓名，不要加备注。</translation>
    </message>
    <message>
        <source>The hukou place &quot;{value}&quot; is not a 6-digit division code. Choose the county from the list, or leave it empty to use the place in the ID number.</source>
        <translation>户籍地&quot;{value}&quot;不是 6 位行政区划代码。请从列表里选择县区，或者不填，就用身份证号里的地区。</translation>
    </message>
    <message>
        <source>The village &quot;{value}&quot; is not a 12-digit village code. Choose the village from the list, or leave it empty for this service point&apos;s village.</source>
        <translation>村&quot;{value}&quot;不是 12 位村级代码。请从列表里选择村，或者不填，就用本服务点所在的村。</translation>
    </message>
    <message>
        <source>The address is longer than {max} characters. Shorten it to the township, village, group and house number.</source>
        <translation>地址超过了 {max} 个字。请简写为乡镇、村、组和门牌号。</translation>
    </message>
    <message>
        <source>Nobody was named. Type the resident&apos;s ID number, or their name if they have no ID card with them.</source>
        <translation>没有填写来办事的人。请输入居民的身份证号；没带身份证的，输入姓名也可以。</translation>
    </message>
    <message>
        <source>That name is too long (at most {limit} characters). Type only the resident&apos;s name.</source>
        <translation>姓名太长了（最多 {limit} 个字）。请只输入居民的姓名。</translation>
    </message>
    <message>
        <source>The note has {length} characters; at most {limit} fit. Shorten it to the main point.</source>
        <translation>备注有 {length} 个字，最多只能写 {limit} 个字。请只写要点。</translation>
    </message>
    <message>
        <source>The reason for the visit was not recognised. Choose one from the list.</source>
        <translation>没有认出办理的事项。请从列表中选择一项。</translation>
    </message>
    <message>
        <source>This person is no longer in the queue. Refresh the list and choose again.</source>
        <translation>此人已不在排队名单中。请刷新名单后重新选择。</translation>
    </message>
    <message>
        <source>{name} has already been served or has left. Add them again if they came back.</source>
        <translation>{name} 已经办完或已离开。如果又回来了，请重新登记。</translation>
    </message>
    <message>
        <source>The chosen resident does not match what was typed. Type the name or ID number again and choose from the list shown.</source>
        <translation>选中的居民与输入的内容不符。请重新输入姓名或身份证号，再从显示的名单中选择。</translation>
    </message>
    <message>
        <source>The number of years already paid cannot be negative ({years}). Enter 0 or more.</source>
        <translation>已缴年数不能是负数（{years}）。请填 0 或更大的数。</translation>
    </message>
    <message>
        <source>The money already paid in cannot be negative ({amount} yuan). Enter 0 or more, or leave it empty if it is not known.</source>
        <translation>已缴进账户的钱不能是负数（{amount} 元）。请填 0 或更大的数；不知道就空着。</translation>
    </message>
    <message>
        <source>{name} already draws the pension, so there is nothing more to pay or to work out here. Look at the resident page for the pension being paid.</source>
        <translation>{name} 已经在领养老金了，这里没有要交的钱，也不用再算。正在领的养老金请看居民页面。</translation>
    </message>
    <message>
        <source>The money of the {years} years already paid is counted as it was paid in, without the interest it has earned; the real balance will probably be higher.</source>
        <translation>已缴的 {years} 年按当时交进去的钱算，没有算这些钱的利息；实际账户里的钱可能更多。</translation>
    </message>
    <message>
        <source>You pay {self_paid} yuan a year (the {tier} yuan tier).</source>
        <translation>您每年交 {self_paid} 元（{tier} 元档）。</translation>
    </message>
    <message>
        <source>You pay nothing yourself: the government pays the {government} yuan for you (代缴).</source>
        <translation>您自己一分钱不用交：政府替您交 {government} 元（代缴）。</translation>
    </message>
    <message>
        <source>The government pays {government} yuan of it for you (代缴).</source>
        <translation>其中政府替您交 {government} 元（代缴）。</translation>
    </message>
    <message>
        <source>The government adds {subsidy} yuan a year to your account as a subsidy.</source>
        <translation>政府每年再往您的账户里补贴 {subsidy} 元。</translation>
    </message>
    <message>
        <source>The village collective or a charity adds {other} yuan a year.</source>
        <translation>村集体或慈善组织每年再资助 {other} 元。</translation>
    </message>
    <message>
        <source>So {credit} yuan a year goes into your own account, for {years} years ({first_year} to {last_year}).</source>
        <translation>这样每年有 {credit} 元存进您自己的账户，一共 {years} 年（{first_year} 年到 {last_year} 年）。</translation>
    </message>
    <message>
        <source>You have already paid {years} years; they put {balance} yuan in your account.</source>
        <translation>您已经交了 {years} 年，账户里已经有 {balance} 元。</translation>
    </message>
    <message>
        <source>You have already paid {years} years; the money from those years is not counted here, so you will get more than shown.</source>
        <translation>您已经交了 {years} 年；这几年的钱这里没有算进去，所以您实际能领的比这里多。</translation>
    </message>
    <message>
        <source>You also pay {years} missing years now (补缴), {amount} yuan in all; there is no subsidy on them.</source>
        <translation>您现在还要补缴 {years} 年，一共 {amount} 元；补缴的年份没有政府补贴。</translation>
    </message>
    <message>
        <source>When you turn 60, your account will hold about {balance} yuan.</source>
        <translation>到您 60 岁时，账户里大约有 {balance} 元。</translation>
    </message>
    <message>
        <source>From {start} you get about {total} yuan every month: basic pension {basic} yuan plus account pension {account} yuan.</source>
        <translation>从 {start} 起，您每月大约能领 {total} 元：基础养老金 {basic} 元，加上个人账户养老金 {account} 元。</translation>
    </message>
    <message>
        <source>The account pension is your account divided by {divisor}: {balance} ÷ {divisor} = {account} yuan a month, paid for life.</source>
        <translation>个人账户养老金 = 账户里的钱 ÷ {divisor}：{balance} ÷ {divisor} = 每月 {account} 元，一直领到老。</translation>
    </message>
    <message>
        <source>That makes {years} years of contributions; {needed} are needed, so you can draw the pension.</source>
        <translation>这样您一共缴费 {years} 年；需要满 {needed} 年，您到 60 岁就能领养老金。</translation>
    </message>
    <message>
        <source>That makes only {years} years of contributions, but {needed} are needed. Ask the assistant about paying the {missing} missing years (补缴).</source>
        <translation>这样您一共只缴费 {years} 年，但需要满 {needed} 年。请问协办员怎样补缴差的 {missing} 年。</translation>
    </message>
    <message>
        <source>No service point is chosen yet. Choose the county, the township and then the village or community in the list.</source>
        <translation>还没有选择服务网点。请先选县（区），再选乡镇（街道），然后在列表中选村或社区。</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not a village code: a village or community code has {length} digits. Choose the village in the list instead of typing the code.</source>
        <translation>“{shown}”不是村级代码：村或社区的代码有 {length} 位数字。请在列表中选择村子，不要手动输入代码。</translation>
    </message>
    <message>
        <source>The code {shown} is not in Ningxia (Ningxia codes start with 64). Choose your village in the list.</source>
        <translation>代码 {shown} 不在宁夏（宁夏的代码以 64 开头）。请在列表中选择您的村子。</translation>
    </message>
    <message>
        <source>No village or community has the code {shown} in the 2023 statistical codes. Choose your village in the list; if it is missing, ask the county office for its code.</source>
        <translation>2023 年统计用区划代码中没有代码为 {shown} 的村或社区。请在列表中选择您的村子；如果列表里没有，请向县里询问代码。</translation>
    </message>
    <message>
        <source>The list of villages ({path}) cannot be read ({reason}). Reinstall Cunbao or ask the county&apos;s technician.</source>
        <translation>村庄名单（{path}）无法读取（{reason}）。请重新安装村保，或联系县里的技术人员。</translation>
    </message>
    <message>
        <source>The list of villages ({path}) is damaged at line {line}. Reinstall Cunbao or ask the county&apos;s technician.</source>
        <translation>村庄名单（{path}）第 {line} 行已损坏。请重新安装村保，或联系县里的技术人员。</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not a server address. An address starts with http:// or https://, for example https://cunbao.example.gov.cn. Leave the box empty if the county has not given you one.</source>
        <translation>“{shown}”不是服务器地址。地址以 http:// 或 https:// 开头，例如 https://cunbao.example.gov.cn。如果县里还没有给您地址，请让这一栏空着。</translation>
    </message>
    <message>
        <source>Cunbao cannot write its data into the folder {path} ({reason}). Ask the county&apos;s technician to make the folder writable, or choose another folder.</source>
        <translation>村保无法把数据写入文件夹 {path}（{reason}）。请联系县里的技术人员让这个文件夹可以写入，或换一个文件夹。</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; cannot be a user name. Use 2 to 32 small Latin letters, digits or _, for example mali or ma_li2 (pinyin works well).</source>
        <translation>“{shown}”不能用作用户名。请用 2 到 32 个小写英文字母、数字或下划线 _，例如 mali 或 ma_li2（用拼音最方便）。</translation>
    </message>
    <message>
        <source>The user name {username} is already used on this desk (perhaps by a deactivated account). Choose another one, for example with a digit added.</source>
        <translation>用户名 {username} 在本机已经有人用了（也可能是已停用的账号）。请换一个，例如在后面加一个数字。</translation>
    </message>
    <message>
        <source>Type the assistant&apos;s name as it should appear on printed forms.</source>
        <translation>请填写协办员的姓名，也就是打印在表格上的名字。</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} characters. Shorten it.</source>
        <translation>姓名太长了：最多 {limit} 个字。请改短一些。</translation>
    </message>
    <message>
        <source>The password is too short: use at least {minimum} characters. A few words or digits you can remember but others cannot guess work well.</source>
        <translation>密码太短了：至少要 {minimum} 个字符。可以用几个自己记得住、别人猜不到的字母或数字。</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name: anyone could guess it. Choose another password.</source>
        <translation>密码不能和用户名一样，谁都能猜到。请换一个密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both boxes.</source>
        <translation>两次输入的密码不一样。请在两个框里重新输入密码。</translation>
    </message>
    <message>
        <source>&quot;{role}&quot; is not a role on this desk. Choose assistant or supervisor.</source>
        <translation>“{role}”不是本机的角色。请选择“协办员”或“管理员”。</translation>
    </message>
    <message>
        <source>Only a supervisor can do this, and {username} is not one. Ask the supervisor of the service point.</source>
        <translation>只有管理员才能做这件事，{username} 不是管理员。请找服务网点的管理员。</translation>
    </message>
    <message>
        <source>There is no account {username} on this desk. Check the user name in the list of accounts.</source>
        <translation>本机没有账号 {username}。请在账号列表中核对用户名。</translation>
    </message>
    <message>
        <source>The account {username} is deactivated. Add a new account for this person instead.</source>
        <translation>账号 {username} 已停用。请为这个人新建一个账号。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while you are signed in with it. Ask another supervisor to do it.</source>
        <translation>您正在用自己的账号登录，不能停用它。请让另一位管理员来停用。</translation>
    </message>
    <message>
        <source>{username} is the last active supervisor: without one nobody could manage accounts. Add another supervisor account first.</source>
        <translation>{username} 是最后一位在用的管理员：没有管理员就没人能管理账号。请先添加另一个管理员账号。</translation>
    </message>
    <message>
        <source>Read-aloud needs the speech program {engine}, and it is not installed on this computer. Ask the person who looks after the computer to install {engine}; until then, read the text to the resident yourself.</source>
        <translation>朗读需要语音程序 {engine}，这台电脑上没有安装。请找管电脑的人安装 {engine}；在那之前，请您自己把内容读给居民听。</translation>
    </message>
    <message>
        <source>The speech program {engine} is installed but has no Mandarin voice ({voice}). Ask the person who looks after the computer to install the full {engine} package; until then, read the text yourself.</source>
        <translation>语音程序 {engine} 已安装，但没有普通话语音（{voice}）。请找管电脑的人安装完整的 {engine}；在那之前，请您自己读。</translation>
    </message>
    <message>
        <source>The speech program {engine} stopped with an error ({detail}). Press Read aloud again; if it happens again, read the text to the resident yourself and tell the person who looks after the computer.</source>
        <translation>语音程序 {engine} 出错停止了（{detail}）。请再按一次“朗读”；如果还是不行，请您自己把内容读给居民听，并告诉管电脑的人。</translation>
    </message>
    <message>
        <source>The speech program {engine} did not finish within {seconds} seconds. Press Read aloud again; if it happens again, restart the computer.</source>
        <translation>语音程序 {engine} 在 {seconds} 秒内没有完成。请再按一次“朗读”；如果还是不行，请重启电脑。</translation>
    </message>
    <message>
        <source>There is nothing to read aloud yet. Fill in the page or choose a resident first.</source>
        <translation>现在还没有可以朗读的内容。请先填好这一页，或先选好居民。</translation>
    </message>
    <message>
        <source>A reading speed of {speed} words a minute cannot be used; it must be between {lowest} and {highest}. Choose a speed from the list.</source>
        <translation>朗读速度每分钟 {speed} 字不能用，必须在 {lowest} 到 {highest} 之间。请从列表里选一个速度。</translation>
    </message>
    <message>
        <source>The speech could not be saved to {path} ({reason}). Check that the disk is not full, then press Read aloud again.</source>
        <translation>语音没能保存到 {path}（{reason}）。请检查磁盘是否已满，然后再按一次“朗读”。</translation>
    </message>
    <message>
        <source>On the {sources} list as {groups}, but not in this desk&apos;s register. Register the resident first (with the household register and ID card), then enrol them in the resident pension.</source>
        <translation>在{sources}名单上（{groups}），但本服务点的登记册里还没有这个人。请先登记这位居民（带户口簿和身份证），再为其办理城乡居民养老保险参保。</translation>
    </message>
    <message>
        <source>On the {sources} list as {groups} without a usable ID number, and {count} resident(s) in the register have the same name and birth date or village. Look at them and link the list entry to the right resident; if none is the same person, register the resident.</source>
        <translation>在{sources}名单上（{groups}），但没有可用的身份证号；登记册里有{count}位居民姓名相同，出生日期或所在村也相同。请看一下这几位居民，把名单上的这一条对应到正确的人；如果都不是同一个人，请登记这位居民。</translation>
    </message>
    <message>
        <source>Listed as {groups}, but not enrolled in the resident pension. Invite the resident and open an enrolment case; the case shows whether the government pays the contribution for them.</source>
        <translation>名单上是{groups}，但还没有参加城乡居民养老保险。请通知居民来办理参保；办理时会显示政府是否为其代缴。</translation>
    </message>
    <message>
        <source>Listed as {groups} in {year}, but no government-paid contribution (代缴) is recorded for {year}. Open a 代缴 case so the county pays {amount} yuan for this year (once, even if on several lists).</source>
        <translation>{year}年名单上是{groups}，但{year}年还没有记录政府代缴。请办理代缴，由县里代缴本年{amount}元（在几个名单上也只代缴一次）。</translation>
    </message>
    <message>
        <source>Listed as {groups} in {year}, but no government-paid contribution (代缴) is recorded for {year}. Open a 代缴 case; the county has not yet entered how much it pays for this group, so ask the township.</source>
        <translation>{year}年名单上是{groups}，但{year}年还没有记录政府代缴。请办理代缴；县里还没有录入这一类人员的代缴金额，请问乡镇。</translation>
    </message>
    <message>
        <source>代缴 is recorded for {year}, but no current list names the resident any more (last seen as {groups} on {last_seen}). This year stays covered, because having the status at any time in the year counts. Nothing to do now; next year 代缴 stops unless a list names the resident again.</source>
        <translation>{year}年已记录代缴，但现在的名单上已经没有这位居民（最后一次是{groups}，{last_seen}）。本年内有过这个身份就算，今年仍然代缴。现在不用办；明年如果名单上没有，就不再代缴。</translation>
    </message>
    <message>
        <source>代缴 is recorded for {year} and the desk entered the status {groups} by hand, but no agency list names the resident. Send copies of the certificate to the township so the agency adds the resident to its list.</source>
        <translation>{year}年已记录代缴，服务点手工登记了{groups}身份，但各部门的名单上都没有这位居民。请把证件复印件交到乡镇，让主管部门把居民列入名单。</translation>
    </message>
    <message>
        <source>{amount} yuan of 代缴 is recorded for {year}, but neither a list nor the register shows a hardship status in {year}. Ask the township to check this payment, and bring in the certificate if the resident has one.</source>
        <translation>{year}年记录了{amount}元代缴，但名单和登记册都显示{year}年没有困难群体身份。请乡镇核实这笔代缴；居民如果有相关证件，请带来。</translation>
    </message>
    <message>
        <source>Turns {claim_age} on {birthday} and has {years} years of contributions ({min_years} are needed). Tell the resident to prepare the household register, ID card and bank card, and open a pension claim case.</source>
        <translation>将在{birthday}年满{claim_age}周岁，已缴费{years}年（需要{min_years}年）。请告诉居民准备户口簿、身份证和银行卡，办理待遇领取。</translation>
    </message>
    <message>
        <source>Reached the claim age on {birthday} with {years} years of contributions, but does not draw the pension yet. Contact the resident and open a pension claim case.</source>
        <translation>已于{birthday}达到领取年龄，缴费{years}年，但还没有领取养老金。请联系居民，办理待遇领取。</translation>
    </message>
    <message>
        <source>Turns {age} on {birthday} and may then enrol in the resident pension (unless a full-time student). Tell the family and open an enrolment case after the birthday.</source>
        <translation>将在{birthday}年满{age}周岁，之后就可以参加城乡居民养老保险（全日制在校学生除外）。请告诉家里人，过了生日来办理参保。</translation>
    </message>
    <message>
        <source>Has {years} years of contributions and can pay {future_years} more before turning {claim_age}: {missing} short of the {min_years} needed. Explain to the resident that the missing years can only be made up by back payment (补缴), and pay every year from now on.</source>
        <translation>已缴费{years}年，到{claim_age}周岁前还能缴{future_years}年，比需要的{min_years}年少{missing}年。请向居民说明：少的年限只能补缴，从现在起每年都要缴。</translation>
    </message>
    <message>
        <source>Is past {claim_age} with {years} years of contributions, {missing} short of {min_years}. The missing years can be paid back (补缴); explain the cost to the resident, then open a pension claim.</source>
        <translation>已过{claim_age}周岁，缴费{years}年，比{min_years}年少{missing}年。少的年限可以补缴；请向居民说明要交多少钱，然后办理待遇领取。</translation>
    </message>
    <message>
        <source>Is past {claim_age} with {years} years of contributions, {missing} short of {min_years}. Whether missing years can still be paid back after {claim_age} is not settled in this county: ask the township before promising the resident anything.</source>
        <translation>已过{claim_age}周岁，缴费{years}年，比{min_years}年少{missing}年。本县过了{claim_age}周岁还能不能补缴还没有定，请先问乡镇，不要先向居民承诺。</translation>
    </message>
    <message>
        <source>Is past {claim_age} with {years} years of contributions, {missing} short of {min_years}, and this county does not allow paying back years after {claim_age}. Explain this to the resident and ask the township what the resident can still receive.</source>
        <translation>已过{claim_age}周岁，缴费{years}年，比{min_years}年少{missing}年，本县过了{claim_age}周岁不能再补缴。请向居民说明，并问乡镇居民还能领取什么。</translation>
    </message>
    <message>
        <source>The {agency} list is from {as_of}, {days} days ago; lists should be at most {max_days} days old. Ask {agency} (through the township) for the new quarter&apos;s list and import it.</source>
        <translation>{agency}名单是{as_of}的，已经{days}天了；名单不应超过{max_days}天。请通过乡镇向{agency}要本季度的新名单，并导入。</translation>
    </message>
    <message>
        <source>No {agency} list has been imported yet, so people on it cannot be checked. Ask {agency} (through the township) for its current list and import it.</source>
        <translation>还没有导入{agency}的名单，名单上的人没法核对。请通过乡镇向{agency}要现在的名单，并导入。</translation>
    </message>
    <message>
        <source>On a list as {groups}, but the household register is in {place}, not here. Residents enrol where their hukou is: pass the name to {place} and tell the resident to go there.</source>
        <translation>名单上是{groups}，但户口在{place}，不在本服务点。居民要在户籍地参保：请把名字转给{place}，并告诉居民去那里办理。</translation>
    </message>
    <message>
        <source>This resident is not in the register. Find the resident first (or register them), then plan the visit from their page.</source>
        <translation>登记册里没有这位居民。请先找到这位居民（或先为其登记），再从居民页面安排上门服务。</translation>
    </message>
    <message>
        <source>The purpose of the visit was not recognised. Choose one from the list.</source>
        <translation>无法识别上门办理的事项。请从列表中选择一项。</translation>
    </message>
    <message>
        <source>The time of day was not recognised. Choose morning, afternoon or any time.</source>
        <translation>无法识别时间段。请选择上午、下午或不限。</translation>
    </message>
    <message>
        <source>The visit date {date} has already passed (today is {today}). Choose today or a later day.</source>
        <translation>上门日期 {date} 已经过去（今天是 {today}）。请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>No address is known for {name}. Type the address where the visit will take place.</source>
        <translation>系统里没有{name}的住址。请填写上门服务的地址。</translation>
    </message>
    <message>
        <source>The address has {length} characters; at most {limit} fit. Leave out what is not needed to find the house.</source>
        <translation>地址有 {length} 个字，最多只能填 {limit} 个字。请去掉找房子用不上的内容。</translation>
    </message>
    <message>
        <source>Nobody is named to make the visit. Type the name of the person who will go.</source>
        <translation>还没有填写由谁上门。请填写上门人员的姓名。</translation>
    </message>
    <message>
        <source>The names of the people who will go are too long (at most {limit} characters). Shorten them.</source>
        <translation>上门人员的姓名太长（最多 {limit} 个字）。请缩短。</translation>
    </message>
    <message>
        <source>This home visit is no longer on the list. Refresh the list and choose again.</source>
        <translation>这次上门服务已不在列表中。请刷新列表后重新选择。</translation>
    </message>
    <message>
        <source>The visit to {name} is already done or cancelled. Plan a new visit if another one is needed.</source>
        <translation>给{name}的上门服务已经办完或已取消。如需再去，请重新安排一次。</translation>
    </message>
    <message>
        <source>Say why the visit is cancelled, for example &quot;moved in with a daughter in town&quot;.</source>
        <translation>请写明取消上门的原因，例如“已搬到城里女儿家住”。</translation>
    </message>
    <message>
        <source>The reason has {length} characters; at most {limit} fit. Shorten it to the main point.</source>
        <translation>原因有 {length} 个字，最多只能填 {limit} 个字。请只写要点。</translation>
    </message>
    <message>
        <source>The case taken on this visit was not found. Check the Cases list, then mark the visit done again.</source>
        <translation>找不到这次上门办理的业务。请在“业务”列表中核对后，再标记上门已完成。</translation>
    </message>
    <message>
        <source>That case belongs to another resident, not to {name}. Choose the case taken on this visit.</source>
        <translation>这笔业务属于另一位居民，不是{name}的。请选择这次上门办理的业务。</translation>
    </message>
    <message>
        <source>The file could not be opened as a spreadsheet ({detail}). Open it in Excel or WPS, save it again as .xlsx, and import the saved copy.</source>
        <translation>无法把这个文件当作表格打开（{detail}）。请用 Excel 或 WPS 打开它，另存为 .xlsx 格式，再导入另存的文件。</translation>
    </message>
    <message>
        <source>This is not an Excel (.xlsx, .xls) or CSV file. Ask the office that sent it for the list as an Excel file.</source>
        <translation>这不是 Excel（.xlsx、.xls）或 CSV 文件。请向发来名单的部门要一份 Excel 格式的名单。</translation>
    </message>
    <message>
        <source>The text of this CSV file cannot be read: it is in an unusual encoding. Open it in Excel or WPS, save it as .xlsx, and import that copy.</source>
        <translation>这个 CSV 文件的文字读不出来，它用了不常见的编码。请用 Excel 或 WPS 打开，另存为 .xlsx，再导入另存的文件。</translation>
    </message>
    <message>
        <source>The file is empty. Check that you chose the right file, or ask the office to send the list again.</source>
        <translation>文件是空的。请确认选对了文件，或请发来名单的部门重新发送。</translation>
    </message>
    <message>
        <source>No header row was found: none of the first rows names columns such as 姓名 or 身份证号. Choose the columns yourself on the column screen, or add a header row to the file.</source>
        <translation>没有找到表头：前面几行里没有“姓名”“身份证号”这样的列名。请在“对应列”界面自己选择各列，或在文件里加上表头行。</translation>
    </message>
    <message>
        <source>The list has no column for {usual_label}. Choose that column on the column screen, or ask the office to add it to the list.</source>
        <translation>名单里没有“{usual_label}”这一列。请在“对应列”界面选择这一列，或请发来名单的部门补上这一列。</translation>
    </message>
    <message>
        <source>The column &quot;{column}&quot; chosen for this list earlier is not in this file. Choose the columns again on the column screen.</source>
        <translation>以前为这类名单选定的列“{column}”在这个文件里没有。请在“对应列”界面重新选择各列。</translation>
    </message>
    <message>
        <source>The column &quot;{column}&quot; was taken for {usual_label}, but this is not certain: its name is unusual, or another column has the same name. Check on the column screen that it is right before importing.</source>
        <translation>已把“{column}”这一列当作“{usual_label}”，但不能确定：列名不常见，或者另有一列名字相同。导入前请在“对应列”界面核对是否正确。</translation>
    </message>
    <message>
        <source>The workbook has no sheet called &quot;{sheet}&quot;. Choose one of its sheets.</source>
        <translation>这个工作簿里没有名为“{sheet}”的工作表。请从已有的工作表中选择一个。</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have problems and strict mode is on. Send the problem rows back to the office to be fixed, or import without strict mode to take the good rows now.</source>
        <translation>没有导入任何内容：有 {count} 行有问题，并且开启了严格模式。请把有问题的行退回发来名单的部门修改，或关闭严格模式，先导入没有问题的行。</translation>
    </message>
    <message>
        <source>The name is empty. Ask the office to fill in the person&apos;s name as on the ID card.</source>
        <translation>姓名是空的。请发来名单的部门按身份证填写姓名。</translation>
    </message>
    <message>
        <source>The ID number is empty. Ask the office to fill in the 18-character ID number from the person&apos;s ID card.</source>
        <translation>身份证号是空的。请发来名单的部门按身份证填写 18 位身份证号。</translation>
    </message>
    <message>
        <source>This row repeats row {first_row} exactly; it was left out. Ask the office to delete the repeated row.</source>
        <translation>这一行和第 {first_row} 行完全一样，已略过。请发来名单的部门删除重复的行。</translation>
    </message>
    <message>
        <source>Rows {rows} are about the same person but say different things; none of them was taken. Ask the office which row is right and to delete the others.</source>
        <translation>第 {rows} 行是同一个人，但内容不一样，这几行都没有导入。请向发来名单的部门核实哪一行是对的，并删掉其他行。</translation>
    </message>
    <message>
        <source>The category (for example 低保 or 特困) is empty. Ask the office to fill it in.</source>
        <translation>保障类别（例如“低保”或“特困”）是空的。请发来名单的部门填写。</translation>
    </message>
    <message>
        <source>The category &quot;{value}&quot; is not one this list can contain. Ask the office what it means, and to write for example 低保, 特困, 低保边缘, 监测户 or 脱贫户.</source>
        <translation>类别“{value}”不是这类名单应有的类别。请向发来名单的部门问清楚，并请其写成“低保”“特困”“低保边缘”“监测户”或“脱贫户”等。</translation>
    </message>
    <message>
        <source>The monitoring type &quot;{value}&quot; is unknown. It must be 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户; ask the office which one.</source>
        <translation>监测类型“{value}”不认识。它应是“脱贫不稳定户”“边缘易致贫户”或“突发严重困难户”，请向发来名单的部门问清楚是哪一种。</translation>
    </message>
    <message>
        <source>The person is a monitored household member but the monitoring type is empty. Ask the office to fill in 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户.</source>
        <translation>此人是监测对象，但监测类型是空的。请发来名单的部门填写“脱贫不稳定户”“边缘易致贫户”或“突发严重困难户”。</translation>
    </message>
    <message>
        <source>Neither the disability certificate number nor the disability category is filled in. Ask the office to fill in the 残疾人证号 from the certificate.</source>
        <translation>残疾人证号和残疾类别都没有填。请发来名单的部门按残疾人证填写残疾人证号。</translation>
    </message>
    <message>
        <source>The disability category &quot;{value}&quot; is unknown. It must be one of 视力, 听力, 言语, 肢体, 智力, 精神 or 多重; check it on the certificate.</source>
        <translation>残疾类别“{value}”不认识。它应是视力、听力、言语、肢体、智力、精神或多重之一，请对照残疾人证核实。</translation>
    </message>
    <message>
        <source>The disability grade is empty and there is no certificate number to read it from. Ask the office to fill in the grade (一级 to 四级) or the 残疾人证号.</source>
        <translation>残疾等级是空的，也没有残疾人证号可以读出等级。请发来名单的部门填写等级（一级到四级）或残疾人证号。</translation>
    </message>
    <message>
        <source>The disability grade &quot;{value}&quot; is unknown. It must be 一级, 二级, 三级 or 四级; check it on the certificate.</source>
        <translation>残疾等级“{value}”不认识。它应是一级、二级、三级或四级，请对照残疾人证核实。</translation>
    </message>
    <message>
        <source>The category or grade in the list ({category}, {grade}) does not match the certificate number {cert}, whose last two digits give them. Check the certificate and ask the office to correct the list.</source>
        <translation>名单里的类别或等级（{category}，{grade}）与残疾人证号 {cert} 不一致（证号最后两位就是类别和等级）。请核对残疾人证，并请发来名单的部门改正。</translation>
    </message>
    <message>
        <source>This certificate is for a multiple disability of grade 3 or 4: the number does not say whether it includes a vision, intellectual or mental disability. Look at the certificate itself to decide whether the person qualifies.</source>
        <translation>这是三级或四级多重残疾的残疾人证，证号看不出是否包含视力、智力或精神残疾。请查看残疾人证原件，再决定此人是否符合条件。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date. Ask the office to write it like 2024-05-01 or 2024年5月1日.</source>
        <translation>“{value}”不是日期。请发来名单的部门写成 2024-05-01 或 2024年5月1日 这样的格式。</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}. Ask the office which date is wrong.</source>
        <translation>退出时间 {end} 早于开始时间 {start}。请向发来名单的部门核实哪个日期写错了。</translation>
    </message>
    <message>
        <source>This row is a total (合计), not a person; it was skipped. Nothing needs to be done.</source>
        <translation>这一行是合计，不是某个人，已跳过。不用处理。</translation>
    </message>
    <message>
        <source>This row is a note, not a person (&quot;{text}&quot;); it was skipped. If it is a person, fill in the name and ID number.</source>
        <translation>这一行是说明文字，不是某个人（“{text}”），已跳过。如果这是一个人，请填上姓名和身份证号。</translation>
    </message>
    <message>
        <source>This row repeats the column names, as on the second page of a printed list; it was skipped. Nothing needs to be done.</source>
        <translation>这一行又是一遍列名（像打印名单第二页的表头），已跳过。不用处理。</translation>
    </message>
    <message>
        <source>The ID number belongs to {register_name} in the register, but the list says {name}. One of the two is wrong: ask the office that sent the list to check the name and the ID number of this row.</source>
        <translation>这个身份证号在登记簿中是{register_name}的，名单上写的却是{name}。两者有一个是错的：请联系发来名单的单位，核对这一行的姓名和身份证号。</translation>
    </message>
    <message>
        <source>{name} is on the list but not in this service point&apos;s register. If the person lives in another village, hand the case over to that village; if the person lives here, register them first.</source>
        <translation>{name}在名单上，但不在本服务点的登记簿里。如果此人住在别的村，请把事项转交给那个村；如果住在本村，请先为其登记。</translation>
    </message>
    <message>
        <source>{name} is in the register with a hukou in another village ({village}). Hand the case over to that village&apos;s service point.</source>
        <translation>{name}在登记簿里，但户籍在别的村（{village}）。请把事项转交给那个村的服务点。</translation>
    </message>
    <message>
        <source>No row of this file could be imported, so nothing was saved. Check that the right list and the right source were chosen, and look at the reasons given for the rows.</source>
        <translation>这个文件里没有一行能导入，所以什么都没有保存。请检查是否选对了名单和来源单位，并查看每一行给出的原因。</translation>
    </message>
    <message>
        <source>This list is as of {as_of}, but a newer list of the same office (as of {newest}) is already imported. It is kept for the record but changes nobody&apos;s status. Import it only if you need the old list.</source>
        <translation>这份名单的日期是{as_of}，但同一单位更新的名单（日期{newest}）已经导入。这份旧名单会留作记录，但不会改变任何人的身份。只有需要旧名单时才导入它。</translation>
    </message>
    <message>
        <source>The list&apos;s date {as_of} is in the future. Enter the date the office made the list, today or earlier.</source>
        <translation>名单日期{as_of}是将来的日期。请填写该单位制作名单的日期（今天或更早）。</translation>
    </message>
    <message>
        <source>This imported list is not in the database (or was not imported from a file). Choose the list again from the list of imports.</source>
        <translation>数据库里没有这次导入的名单（或者它不是从文件导入的）。请在导入记录中重新选择这份名单。</translation>
    </message>
    <message>
        <source>Row {row} is not a rejected row with a wrong or missing ID number (or it was already matched). Only such rows can be matched to a resident; the others must be fixed by the office that sent the list.</source>
        <translation>第{row}行不是因身份证号错误或缺失而被退回的行（或者已经匹配过了）。只有这样的行才能匹配到居民；其他问题要由发来名单的单位改正。</translation>
    </message>
    <message>
        <source>Even with the resident&apos;s ID number, row {row} cannot be read ({codes}). Send the row back to the office that sent the list to be fixed.</source>
        <translation>即使用了这位居民的身份证号，第{row}行仍然无法读取（{codes}）。请把这一行退回发来名单的单位改正。</translation>
    </message>
    <message>
        <source>This resident is already on this list, in row {row} ({name}). Choose another resident, or leave this row for the office that sent the list to fix.</source>
        <translation>这位居民已经在这份名单的第{row}行（{name}）。请选择别的居民，或把这一行留给发来名单的单位改正。</translation>
    </message>
    <message>
        <source>The chosen resident is no longer in the register. Search for the resident again and choose again.</source>
        <translation>所选的居民已不在登记簿里。请重新查找这位居民，再选一次。</translation>
    </message>
    <message>
        <source>No 优待证 number is on record. If the resident has the veteran preferential card with them, type its number as printed on the card; if not, the application can go on without it.</source>
        <translation>登记里没有优待证号码。居民带着退役军人优待证的，请按卡上印的号码输入；没带也可以继续办理。</translation>
    </message>
    <message>
        <source>The card number has {length} characters; a 优待证 number has {min} to {max}. Copy it again from the card.</source>
        <translation>输入的号码有 {length} 位，优待证号码应为 {min} 到 {max} 位。请对照卡片重新输入。</translation>
    </message>
    <message>
        <source>A 优待证 number has only digits and capital letters. Copy it again from the card, without Chinese characters or punctuation.</source>
        <translation>优待证号码只有数字和大写字母。请对照卡片重新输入，不要输入汉字或标点。</translation>
    </message>
    <message>
        <source>This is not a card number: it has no digits. Copy the number printed on the 优待证.</source>
        <translation>这不是优待证号码：里面没有数字。请输入优待证上印的号码。</translation>
    </message>
    <message>
        <source>This is not a card number: it is one character repeated. Copy the number printed on the 优待证.</source>
        <translation>这不是优待证号码：只是同一个字符重复。请输入优待证上印的号码。</translation>
    </message>
    <message>
        <source>Veteran preferential card (优待证): tell the resident what the card is for and that the veterans&apos; service station explains what it gives locally.</source>
        <translation>退役军人优待证：告诉居民优待证的用途，当地能享受哪些优待，可到退役军人服务站咨询。</translation>
    </message>
    <message>
        <source>Military service years and pension: if the resident&apos;s military pension insurance (军人退役养老保险) was not yet transferred, point them to the county social security office to have it transferred and connected (转移接续).</source>
        <translation>军龄和养老保险：居民的军人退役养老保险关系如果还没有转过来，请他到县社保经办机构办理转移接续。</translation>
    </message>
    <message>
        <source>Veterans&apos; service station (退役军人服务站) of the village or township: give the resident its address and telephone; it handles veterans&apos; affairs.</source>
        <translation>村（乡镇）退役军人服务站：把服务站的地址和电话告诉居民，退役军人的事务可以在那里办理。</translation>
    </message>
    <message>
        <source>Work and training: the veterans&apos; service station helps veterans look for work and join training; tell the resident to ask there.</source>
        <translation>就业和培训：退役军人服务站帮助退役军人找工作、参加培训，请居民到服务站咨询。</translation>
    </message>
    <message>
        <source>Help in hardship (困难帮扶): a veteran&apos;s family in difficulty can ask the veterans&apos; service station for help; note it for the station if the resident wishes.</source>
        <translation>困难帮扶：退役军人家庭有困难的，可以向退役军人服务站申请帮扶；居民愿意的话，可以帮他记下来转给服务站。</translation>
    </message>
    <message>
        <source>That is not a registration code: a code has {length} letters and digits (like K7QM-2XPA-9D4F, without 0, 1, I, L or O). Type the code exactly as the county office gave it.</source>
        <translation>注册码格式不对：注册码是 {length} 位字母和数字（例如 K7QM-2XPA-9D4F，没有 0、1、I、L、O）。请照县社保局给的注册码重新输入。</translation>
    </message>
    <message>
        <source>The county server does not know this registration code. Check each character and type it again; if it still fails, ask the county office for a new code.</source>
        <translation>县服务器不认识这个注册码。请核对每个字符后重新输入；仍然不行，请县社保局重新发一个注册码。</translation>
    </message>
    <message>
        <source>This registration code has already been used; each code works only once. Ask the county office for a new code for this computer.</source>
        <translation>这个注册码已经用过了，每个注册码只能用一次。请县社保局为这台电脑重新发一个注册码。</translation>
    </message>
    <message>
        <source>This registration code has expired. Ask the county office for a new code and register soon after you get it.</source>
        <translation>这个注册码已经过期。请县社保局重新发一个注册码，拿到后尽快注册。</translation>
    </message>
    <message>
        <source>Too many wrong registration codes ({limit}) were tried from this address, so registering is paused for safety. Try again in {minutes} minutes, and check the code first.</source>
        <translation>注册码输错次数太多（{limit} 次），为了安全暂停注册。请 {minutes} 分钟后再试，并先核对注册码。</translation>
    </message>
    <message>
        <source>Give this computer a name of at most {most} characters, such as &apos;village office PC&apos;.</source>
        <translation>请给这台电脑起一个名字（不超过 {most} 个字），例如“村部服务点电脑”。</translation>
    </message>
    <message>
        <source>The county server does not know this computer. Ask the county office for a registration code and register this computer again.</source>
        <translation>县服务器不认识这台电脑。请县社保局发一个注册码，用它重新注册这台电脑。</translation>
    </message>
    <message>
        <source>The county office has stopped sync for this computer ({device}). Everything on it stays and it keeps working offline. Call the county office to learn why and to register again.</source>
        <translation>县社保局已停止这台电脑（{device}）的同步。电脑上的资料都还在，可以继续离线工作。请联系县社保局了解原因并重新注册。</translation>
    </message>
    <message>
        <source>There is no device {shown}. Run &apos;cunbao-county device list&apos; to see the devices and copy the whole id.</source>
        <translation>没有编号为 {shown} 的设备。请用“cunbao-county device list”查看设备编号，再复制完整的编号。</translation>
    </message>
    <message>
        <source>A validity of {shown} hours is not possible: give a number of hours from 1 to {most}.</source>
        <translation>有效时间 {shown} 小时不行：请填 1 到 {most} 之间的小时数。</translation>
    </message>
    <message>
        <source>Village {shown} belongs to county {county}, but this server serves only {served}. Check the village code, or issue the code on the server of that county.</source>
        <translation>村代码 {shown} 属于县 {county}，本服务器只服务 {served}。请检查村代码，或在管这个县的服务器上发注册码。</translation>
    </message>
    <message>
        <source>The county database {url} cannot be opened: {reason}. Check the database address, user and password, and that the database server is running.</source>
        <translation>打不开县数据库 {url}：{reason}。请检查数据库地址、用户名和密码，以及数据库服务器是否在运行。</translation>
    </message>
    <message>
        <source>The database was written by a newer county server (revision {revision}); this program cannot use it. Install the newest Cunbao county server.</source>
        <translation>数据库是更新版本的县服务器写的（版本 {revision}），本程序不能使用。请安装最新版本的村保县服务器。</translation>
    </message>
    <message>
        <source>Upgrading the database to revision {revision} failed: {reason}. The database was not changed. Send this message to your technical support.</source>
        <translation>数据库升级到版本 {revision} 失败：{reason}。数据库没有改动。请把这条信息发给技术人员。</translation>
    </message>
    <message>
        <source>The certificate {path} already exists. Every registered computer trusts exactly this certificate and would have to register again after a change. To replace it anyway, add --replace.</source>
        <translation>证书 {path} 已经存在。所有已注册的电脑都认这张证书，换证书后它们都要重新注册。确实要换，请加 --replace。</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a host name or IP address. Give the server&apos;s name (like county.example.cn) or IP address (like 192.168.1.10), without https://.</source>
        <translation>“{shown}”不是主机名或 IP 地址。请写服务器的名字（如 county.example.cn）或 IP 地址（如 192.168.1.10），不要写 https://。</translation>
    </message>
    <message>
        <source>The county server refused the request (code {status}) without saying why. Nothing here was lost. Try again later; if it keeps happening, tell the county office which day and time it happened.</source>
        <translation>县里的服务器拒绝了这次请求（代码 {status}），没有说明原因。本机的数据一条也没有丢。请稍后再试；如果一直这样，请告诉县社保局出问题的日期和时间。</translation>
    </message>
    <message>
        <source>The county server&apos;s answer could not be read. Nothing here was lost; the work waits to be sent. Check that the server address is the county&apos;s, then try again.</source>
        <translation>看不懂县里服务器的回复。本机的数据一条也没有丢，要上传的业务还在等着。请确认服务器地址是县里给的，然后再试一次。</translation>
    </message>
    <message>
        <source>Another sync of this desk started, so this one stopped. Nothing was lost; the newer one carries on.</source>
        <translation>本机又开始了一次同步，所以这一次停了下来。数据没有丢，新的那次会接着做完。</translation>
    </message>
    <message>
        <source>The county asked this desk to fetch its data again from the start. Work not yet sent stays here and is sent as usual.</source>
        <translation>县里要求本机从头重新下载数据。还没上传的业务留在本机，照常上传。</translation>
    </message>
    <message>
        <source>The county already has a change with this number but different contents, so it refused this one. The change is kept here, set aside. Tell the county office; do not delete the desk&apos;s data.</source>
        <translation>县里已经有一条同样编号、但内容不同的修改，所以拒收了这一条。这条修改留在本机，单独放着。请告诉县社保局；不要删除本机的数据。</translation>
    </message>
    <message>
        <source>The county did not recognise where this desk&apos;s last download ended. The desk fetches the data again from the start; work not yet sent stays here.</source>
        <translation>县里认不出本机上次下载到了哪里。本机会从头重新下载；还没上传的业务留在本机。</translation>
    </message>
    <message>
        <source>A sync message could not be read ({detail}). Nothing was lost. Try again; if it keeps happening, the desk and the county server may be of different versions: tell the county office.</source>
        <translation>有一条同步消息读不出来（{detail}）。数据没有丢。请再试一次；如果一直这样，可能本机和县里服务器的版本不一样，请告诉县社保局。</translation>
    </message>
    <message>
        <source>A sync message was larger than {limit} bytes and was refused. Nothing was lost. Tell the county office: the desk sends smaller batches after an update.</source>
        <translation>有一条同步消息超过了 {limit} 字节，被拒收了。数据没有丢。请告诉县社保局：更新后本机会分小批发送。</translation>
    </message>
    <message>
        <source>The desk and the county server speak different versions of the sync protocol (expected {expected}, got {got}). Nothing was lost. Ask the county office which version of Cunbao to install.</source>
        <translation>本机和县里服务器的同步协议版本不同（应为 {expected}，收到 {got}）。数据没有丢。请问县社保局应该安装哪个版本的村保。</translation>
    </message>
    <message>
        <source>A sync message lacked the part &apos;{field}&apos;. Nothing was lost. Tell the county office: the desk and the server may be of different versions.</source>
        <translation>有一条同步消息缺少“{field}”这一项。数据没有丢。请告诉县社保局：本机和服务器的版本可能不一样。</translation>
    </message>
    <message>
        <source>A sync message had an unusable value for &apos;{field}&apos; ({value}). Nothing was lost. Tell the county office: the desk and the server may be of different versions.</source>
        <translation>有一条同步消息里“{field}”的值不能用（{value}）。数据没有丢。请告诉县社保局：本机和服务器的版本可能不一样。</translation>
    </message>
    <message>
        <source>A sync message held more items in &apos;{field}&apos; than the {limit} allowed. Nothing was lost; the desk sends smaller batches. Tell the county office if this keeps happening.</source>
        <translation>有一条同步消息里“{field}”的项目超过了允许的 {limit} 个。数据没有丢，本机会分小批发送。如果一直这样，请告诉县社保局。</translation>
    </message>
    <message>
        <source>Only the county office makes records of this kind ({entity}); the desk&apos;s change was set aside. Nothing else was affected. Discard the set-aside change, or tell the county office if it matters.</source>
        <translation>这类记录（{entity}）只能由县社保局建立；本机的这条修改已单独放着，别的都没受影响。请丢弃这条修改；如果它很重要，请告诉县社保局。</translation>
    </message>
    <message>
        <source>Only the county office changes &apos;{field}&apos; of a {entity} record; the desk&apos;s change was set aside. Discard it, or ask the county office to make the change.</source>
        <translation>{entity} 记录里的“{field}”只能由县社保局修改；本机的这条修改已单独放着。请丢弃它，或请县社保局来改。</translation>
    </message>
    <message>
        <source>The county already has this {entity} record, so it was not created again. The desk&apos;s copy is set aside; tell the county office so that they can check which one is right.</source>
        <translation>县里已经有这条 {entity} 记录，所以没有再建一次。本机的这份单独放着；请告诉县社保局，让他们核对哪一份是对的。</translation>
    </message>
    <message>
        <source>This {entity} record was deleted at the county, so the desk&apos;s change could not be applied. The change is set aside; ask the county office whether the record should come back.</source>
        <translation>这条 {entity} 记录在县里已经删除，本机的修改用不上了。这条修改单独放着；请问县社保局这条记录是否应该恢复。</translation>
    </message>
    <message>
        <source>Someone else changed &apos;{field}&apos; of this record at the same time ({fields} field(s) in all). The county kept both values and a clerk will decide; nothing was lost.</source>
        <translation>有人同时修改了这条记录的“{field}”（一共 {fields} 项）。县里把两边的值都留下了，会由工作人员决定；什么都没有丢。</translation>
    </message>
    <message>
        <source>There is no server certificate in {folder} yet. Run &apos;cunbao-county cert create --host NAME-OR-IP&apos; first, then start the server.</source>
        <translation>{folder} 里还没有服务器证书。请先运行“cunbao-county cert create --host 服务器名或IP”生成证书，再启动服务。</translation>
    </message>
    <message>
        <source>A scan was sent under a name the county does not accept. Nothing was lost; the scan stays here and is sent again by the next sync.</source>
        <translation>一份扫描件用了县里不接受的名字上传。没有丢失；扫描件留在本机，下次同步会再传。</translation>
    </message>
    <message>
        <source>A piece of a scan arrived without saying where it belongs. Nothing was lost; the next sync sends it again.</source>
        <translation>扫描件的一段上传时没有说明它在文件的哪个位置。没有丢失；下次同步会再传。</translation>
    </message>
    <message>
        <source>The county holds {held} bytes of this scan, so the desk goes on from there. Nothing was lost.</source>
        <translation>县里已经收到这份扫描件的 {held} 字节，本机从那里接着传。没有丢失。</translation>
    </message>
    <message>
        <source>A scan is larger than the {limit} bytes the county accepts. Scan the paper again at a lower resolution, or in black and white, and attach the new scan.</source>
        <translation>这份扫描件超过了县里接受的 {limit} 字节。请用较低的分辨率或黑白模式重新扫描，再附上新的扫描件。</translation>
    </message>
    <message>
        <source>A scan arrived damaged at the county and was thrown away there. The scan on this desk is fine; the next sync sends it again from the start.</source>
        <translation>一份扫描件传到县里时损坏了，县里已经丢弃。本机的扫描件是好的；下次同步会从头再传。</translation>
    </message>
    <message>
        <source>This desk is not registered with a county server yet. Ask the county office for a registration code, then register the desk with the server&apos;s address and the code.</source>
        <translation>本机还没有在县里的服务器上登记。请向县社保局要一个登记码，再用服务器地址和登记码给本机登记。</translation>
    </message>
    <message>
        <source>A sync of this desk is already running. Wait for it to finish; nothing needs to be done twice.</source>
        <translation>本机已经在同步了。请等它做完；不用再同步一次。</translation>
    </message>
    <message>
        <source>The county server could not be reached ({detail}). Nothing was lost: the work waits here and goes up with the next sync. Check the network cable or the mobile signal, then sync again.</source>
        <translation>连不上县里的服务器（{detail}）。什么都没有丢：业务留在本机，下次同步时上传。请检查网线或手机信号，然后再同步一次。</translation>
    </message>
    <message>
        <source>That change is no longer set aside (it may have been discarded already). Open the list again.</source>
        <translation>这条修改已经不在单独放着的列表里了（可能已经丢弃过）。请重新打开列表。</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PaperRow</name>
    <message>
        <source>%1 — received</source>
        <translation>%1 —— 已收到</translation>
    </message>
    <message>
        <source>%1 — received (if any)</source>
        <translation>%1 —— 已收到（有的才交）</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>已收到%1</translation>
    </message>
    <message>
        <source>the original is handed in and kept</source>
        <translation>交原件，原件留存</translation>
    </message>
    <message numerus="yes">
        <source>show the original, keep %n copy(ies)</source>
        <translation>
            <numerusform>查验原件，留复印件 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>show the original</source>
        <translation>查验原件</translation>
    </message>
    <message numerus="yes">
        <source>keep %n copy(ies)</source>
        <translation>
            <numerusform>留复印件 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必交</translation>
    </message>
    <message>
        <source>only if it applies</source>
        <translation>有的才交</translation>
    </message>
    <message>
        <source>%1; proves %2; %3.</source>
        <translation>%1；%2；%3。</translation>
    </message>
    <message>
        <source>Brou&amp;ght:</source>
        <translation>实际带来的(&amp;G)：</translation>
    </message>
    <message>
        <source>Which paper was brought for %1</source>
        <translation>%1实际带来的是哪一种</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>New files in the scanner folder are added to this paper</source>
        <translation>扫描文件夹里新出现的文件会加到这份材料下</translation>
    </message>
    <message>
        <source>Scanner files go to %1</source>
        <translation>扫描件放到%1下</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a scan or photo of %1</source>
        <translation>添加%1的扫描件或照片</translation>
    </message>
    <message>
        <source>%1 — verified from a list</source>
        <translation>%1 — 已由名单核实</translation>
    </message>
    <message>
        <source>%1 verified from a list, no need to bring it</source>
        <translation>%1 已由名单核实，无需再交</translation>
    </message>
    <message>
        <source>Verified from the %1 (list date %2, file %3); no need to bring it.</source>
        <translation>已由%1核实（名单日期 %2，文件 %3），无需再交。</translation>
    </message>
    <message>
        <source>Remove this scan</source>
        <translation>删除这张扫描件</translation>
    </message>
    <message>
        <source>Scan %1 (click to remove)</source>
        <translation>扫描件 %1（点一下可删除）</translation>
    </message>
</context>
<context>
    <name>PensionClaimWizard</name>
    <message>
        <source>The resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Contribution years and the first pension month</source>
        <translation>缴费年限和开始领取的月份</translation>
    </message>
    <message>
        <source>Where the pension is paid</source>
        <translation>养老金发放到哪里</translation>
    </message>
    <message>
        <source>How much, about (算得清, an estimate)</source>
        <translation>大约能领多少（算得清，估算）</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Years paid and counted: %1.</source>
        <translation>已缴费并计入的年限：%1 年。</translation>
    </message>
    <message>
        <source>%1 year(s) missing of the %2 needed.</source>
        <translation>需要 %2 年，还差 %1 年。</translation>
    </message>
    <message>
        <source>%1 year(s) to pay in arrears (补缴), without government subsidy.</source>
        <translation>需补缴 %1 年，补缴年份没有政府缴费补贴。</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Enough years for the pension.</source>
        <translation>缴费年限已够，可以领取养老金。</translation>
    </message>
    <message>
        <source>Onto the account at %1 in the resident&apos;s own name, number %2.</source>
        <translation>发放到居民本人在%1的账户，账号 %2。</translation>
    </message>
    <message>
        <source>Onto the social security card&apos;s financial account, number %1.</source>
        <translation>发放到社保卡的金融账户，账号 %1。</translation>
    </message>
    <message>
        <source>The number does not pass the usual bank-card check: read it to the resident digit by digit.</source>
        <translation>这个账号没有通过银行卡常规校验：请一位一位念给居民核对。</translation>
    </message>
    <message>
        <source>No estimate can be made here; the county works out the amount (待遇核定).</source>
        <translation>这里算不出估计金额；具体金额由县里核定（待遇核定）。</translation>
    </message>
    <message>
        <source>About %1 yuan a month: basic pension %2 yuan and %3 yuan from the resident&apos;s own account.</source>
        <translation>每月大约 %1 元：基础养老金 %2 元，加上个人账户养老金 %3 元。</translation>
    </message>
    <message>
        <source>Some of these figures still await county confirmation (待县级确认); the county sets the amount when it approves the claim.</source>
        <translation>其中有些数字还要等县里确认（待县级确认）；审核通过时由县里核定金额。</translation>
    </message>
    <message>
        <source>Still missing: %1. The claim waits until they are brought.</source>
        <translation>还缺：%1。材料带齐后才能报送申请。</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Ask the resident the questions below; the ID card cannot answer them. The decisions change as you tick.</source>
        <translation>请问居民下面几个问题，这些从身份证上看不出来。勾选后结论会马上更新。</translation>
    </message>
    <message>
        <source>Ask the resident</source>
        <translation>问一问居民</translation>
    </message>
    <message>
        <source>Decisions with their reasons and the clauses they rest on</source>
        <translation>各项结论、原因和政策依据</translation>
    </message>
    <message>
        <source>The resident cannot go on with this application</source>
        <translation>这位居民现在办不了这项业务</translation>
    </message>
    <message>
        <source>Note for the file</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Save the note and close</source>
        <translation>保存备注并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Save the note with the draft and close the form</source>
        <translation>把备注存进草稿并关闭表格</translation>
    </message>
    <message>
        <source>What the policy says for %1</source>
        <translation>政策对%1怎么说</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>政策怎么说</translation>
    </message>
    <message>
        <source>N&amp;ote for the file (what was explained, what the resident will do):</source>
        <translation>备注（向居民解释了什么、居民打算怎么办）(&amp;O)：</translation>
    </message>
    <message>
        <source>优待证 car&amp;d number:</source>
        <translation>优待证号码(&amp;D)：</translation>
    </message>
    <message>
        <source>Number of the veteran preferential card (优待证)</source>
        <translation>退役军人优待证号码</translation>
    </message>
    <message>
        <source>as printed on the card</source>
        <translation>按卡上印的号码输入</translation>
    </message>
    <message>
        <source>Already known from the agencies&apos; lists and the register (not asked again):</source>
        <translation>以下情况各部门名单和登记信息里已有（不再询问）：</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>还没有结论。</translation>
    </message>
    <message>
        <source>%1 can enrol in the residents&apos; pension.</source>
        <translation>%1可以参加城乡居民养老保险。</translation>
    </message>
    <message>
        <source>%1 cannot enrol in the residents&apos; pension now.</source>
        <translation>%1现在不能参加城乡居民养老保险。</translation>
    </message>
    <message>
        <source>The government pays the contribution for %1.</source>
        <translation>政府为%1代缴保费。</translation>
    </message>
    <message>
        <source>The government does not pay the contribution for %1.</source>
        <translation>政府不为%1代缴保费。</translation>
    </message>
    <message>
        <source>%1 keeps the old minimum tier.</source>
        <translation>%1可以保留原最低缴费档次。</translation>
    </message>
    <message>
        <source>%1 does not keep the old minimum tier.</source>
        <translation>%1不能保留原最低缴费档次。</translation>
    </message>
    <message>
        <source>%1 can claim the pension.</source>
        <translation>%1可以领取养老金。</translation>
    </message>
    <message>
        <source>%1 cannot claim the pension yet.</source>
        <translation>%1现在还不能领取养老金。</translation>
    </message>
    <message>
        <source>Enrolment in the residents&apos; pension</source>
        <translation>参加城乡居民养老保险</translation>
    </message>
    <message>
        <source>Government pays the contribution (代缴)</source>
        <translation>政府代缴保费</translation>
    </message>
    <message>
        <source>Keeping the old minimum tier</source>
        <translation>保留原最低缴费档次</translation>
    </message>
    <message>
        <source>Claiming the pension</source>
        <translation>领取养老金</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>可以</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不可以</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rests on: %1</source>
        <translation>政策依据：%1</translation>
    </message>
    <message>
        <source>Groups: %1. The county&apos;s amount is not known yet (待县级确认).</source>
        <translation>所属群体：%1。县里代缴多少钱还不知道（待县级确认）。</translation>
    </message>
    <message>
        <source>Groups: %1. The government pays %2 yuan a year, and adds a %3-yuan subsidy.</source>
        <translation>所属群体：%1。政府每年代缴 %2 元，另补贴 %3 元。</translation>
    </message>
    <message>
        <source>May keep paying the %1-yuan tier even when the minimum rises.</source>
        <translation>最低档次提高后，仍可以按每年 %1 元的档次缴费。</translation>
    </message>
    <message>
        <source>Next step: %1 (%2)</source>
        <translation>下一步：%1（%2）</translation>
    </message>
    <message>
        <source>Awaiting county confirmation (待县级确认): these parts of the answer rest on figures or rules the county has not confirmed yet.</source>
        <translation>待县级确认：下面这些结论依据的数字或规定，县里还没有确认。</translation>
    </message>
    <message>
        <source>the amount the government pays</source>
        <translation>政府代缴的金额</translation>
    </message>
    <message>
        <source>the contribution subsidy</source>
        <translation>缴费补贴</translation>
    </message>
    <message>
        <source>the basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>the interest on the account</source>
        <translation>个人账户利息</translation>
    </message>
    <message>
        <source>the contribution tiers</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>ages, years and other conditions</source>
        <translation>年龄、缴费年限等条件</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>What the file holds (nothing is saved yet)</source>
        <translation>文件里有什么（还没有保存）</translation>
    </message>
    <message>
        <source>List &amp;valid on:</source>
        <translation>名单日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Date the list is valid on</source>
        <translation>名单日期</translation>
    </message>
    <message>
        <source>Check the &amp;columns…</source>
        <translation>核对各列(&amp;C)…</translation>
    </message>
    <message>
        <source>Check which column holds what</source>
        <translation>核对哪一列是什么内容</translation>
    </message>
    <message>
        <source>&amp;Export rows to fix…</source>
        <translation>导出问题行(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the rows to fix as an Excel file for the office</source>
        <translation>把问题行导出成 Excel 文件，交给单位改正</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>没有导入的行</translation>
    </message>
    <message>
        <source>Rows imported with a warning</source>
        <translation>导入了但有提醒的行</translation>
    </message>
    <message>
        <source>Difference from the previous list</source>
        <translation>和上一份名单的差异</translation>
    </message>
    <message>
        <source>Rows not imported, warnings and difference</source>
        <translation>没有导入的行、提醒和差异</translation>
    </message>
    <message>
        <source>Rows not imported (%1)</source>
        <translation>没有导入的行（%1）</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <source>Taken from %1. Quarter: %2.</source>
        <translation>日期来自%1。季度：%2。</translation>
    </message>
    <message>
        <source>This file was already imported on %1 (list valid on %2). Importing it again changes nothing.</source>
        <translation>这个文件已经在 %1 导入过（名单日期 %2）。再导入一次不会有任何变化。</translation>
    </message>
    <message>
        <source>Rows read: %1 · to import: %2 (%3 found in the register) · not imported: %4 · with warnings: %5</source>
        <translation>读了 %1 行 · 将导入 %2 行（花名册里找到 %3 人）· 不导入 %4 行 · 有提醒 %5 行</translation>
    </message>
    <message>
        <source>Compared with the list valid on %1 (%2): %3.</source>
        <translation>和 %1 的名单（%2）相比：%3。</translation>
    </message>
    <message>
        <source>No earlier list from this office: everyone is new (%3).</source>
        <translation>这个单位以前没有名单，所有人都算新增（%3）。</translation>
    </message>
    <message>
        <source>File: %1, sent by %2.</source>
        <translation>文件：%1，发来单位：%2。</translation>
    </message>
    <message>
        <source>%1, written in %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Read as: %1.</source>
        <translation>文件类型：%1。</translation>
    </message>
    <message>
        <source>Sheet: %1.</source>
        <translation>工作表：%1。</translation>
    </message>
    <message>
        <source>Column names in row %1.</source>
        <translation>列名在第 %1 行。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>You chose this date; it replaces the one the file gives.</source>
        <translation>这是您选的日期，它代替文件里的日期。</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Tick what to print. The resident signs the form and takes the receipt and the slip home.</source>
        <translation>勾选要打印的材料。申请表由居民签字，回执和通知单让居民带回家。</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Saved: print the papers</source>
        <translation>已保存：打印材料</translation>
    </message>
    <message>
        <source>Print the form for the resident to sign, and give them the receipt.</source>
        <translation>打印表格让居民签字，并把回执交给居民。</translation>
    </message>
    <message>
        <source>What was saved and what to print</source>
        <translation>已保存的内容和要打印的材料</translation>
    </message>
    <message>
        <source>Saved as case %1: %2.</source>
        <translation>已保存为业务 %1：%2。</translation>
    </message>
    <message>
        <source>Still missing: %1. Print the &quot;please bring&quot; slip for the resident; the case becomes ready when the papers are brought.</source>
        <translation>还缺：%1。请给居民打印“补交材料通知”；材料补齐后业务就可以报送。</translation>
    </message>
    <message>
        <source>All papers are here: the case is ready to go to the county.</source>
        <translation>材料都齐了，这笔业务可以报送县里。</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Receipt for the papers</source>
        <translation>材料接收回执</translation>
    </message>
    <message>
        <source>Please-bring slip for the missing papers</source>
        <translation>补交材料通知单（还缺材料）</translation>
    </message>
    <message>
        <source>Please-bring slip (no papers missing)</source>
        <translation>补交材料通知单（材料已齐，不用打印）</translation>
    </message>
    <message>
        <source>Documents to print</source>
        <translation>要打印的材料</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print the ticked documents</source>
        <translation>打印勾选的材料</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the ticked documents as a PDF file</source>
        <translation>把勾选的材料存成PDF文件</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Preview the ticked documents</source>
        <translation>预览勾选的材料</translation>
    </message>
    <message>
        <source>What happened to the last print or PDF</source>
        <translation>上次打印或存PDF的结果</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Sent to the printer. Take the pages from the printer and check them.</source>
        <translation>已发送到打印机。请从打印机取出并核对。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>正在保存PDF…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Where application forms, receipts and 明白纸 are printed.</source>
        <translation>用来打印申请表、回执和明白纸。</translation>
    </message>
    <message>
        <source>Choose the printer next to this computer. Each time you print you can still choose another one.</source>
        <translation>请选择这台电脑旁边的打印机。每次打印时仍然可以换别的打印机。</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>No printer: save as PDF files</source>
        <translation>没有打印机：保存为 PDF 文件</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Documents will be saved as PDF files that you can print on another computer. Once a printer is installed, you can choose it when you print.</source>
        <translation>这台电脑上没有安装打印机。文件会保存为 PDF，可以拿到别的电脑上打印。装好打印机以后，打印时就可以选择它。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Connect the printer, switch it on and install it in the system settings, or use &quot;Save as PDF&quot; and print the file elsewhere.</source>
        <translation>这台电脑上没有装好打印机。请连接打印机、打开电源，并在系统设置里添加打印机；也可以先点“存为PDF”，再拿到别的电脑上打印。</translation>
    </message>
    <message>
        <source>The printer or file &quot;%1&quot; could not be opened. Check that the printer is switched on and has paper, or save the PDF in another folder.</source>
        <translation>打不开打印机或文件“%1”。请检查打印机是否开着、有没有纸，或者把PDF存到别的文件夹。</translation>
    </message>
    <message>
        <source>The PDF &quot;%1&quot; could not be written completely. The disk may be full: delete old files or save to a USB stick, then try again.</source>
        <translation>PDF文件“%1”没有写完整，可能是磁盘满了。请删掉一些旧文件，或存到U盘上，再试一次。</translation>
    </message>
    <message>
        <source>Cunbao may not write to &quot;%1&quot;. Choose another folder, for example your Documents folder, or a USB stick.</source>
        <translation>村保没有权限写入“%1”。请换一个文件夹，比如“文档”文件夹，或者存到U盘上。</translation>
    </message>
    <message>
        <source>The disk is full, so &quot;%1&quot; was not saved. Delete old files or save to a USB stick, then try again.</source>
        <translation>磁盘满了，“%1”没有保存。请删掉一些旧文件，或存到U盘上，再试一次。</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; does not exist (was the USB stick taken out?). Choose another folder and try again.</source>
        <translation>“%1”所在的文件夹不存在（U盘是不是拔掉了？）。请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved (%2). Check that the folder exists and the USB stick is still plugged in, then try again.</source>
        <translation>“%1”保存失败（%2）。请检查文件夹是否存在、U盘是否还插着，然后再试一次。</translation>
    </message>
    <message>
        <source>Printing failed (%1). Try again; if it keeps failing, save as PDF instead.</source>
        <translation>打印失败（%1）。请再试一次；如果一直不行，请改为存成PDF。</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Spea&amp;king speed:</source>
        <translation>朗读速度(&amp;K)：</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>Read-aloud not available</source>
        <translation>不能朗读</translation>
    </message>
    <message>
        <source>Read the text aloud to the resident</source>
        <translation>把内容读给居民听</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>重读(&amp;E)</translation>
    </message>
    <message>
        <source>Read the same text aloud again from the start</source>
        <translation>从头再读一遍</translation>
    </message>
    <message>
        <source>What the reading is doing</source>
        <translation>朗读状态</translation>
    </message>
    <message>
        <source>Preparing the reading…</source>
        <translation>正在准备朗读…</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>正在朗读…</translation>
    </message>
    <message>
        <source>No loudspeaker or headphones were found, so the reading cannot be heard. Plug them in, then press Repeat.</source>
        <translation>没有找到音箱或耳机，听不到朗读。请插上音箱或耳机，再按“重读”。</translation>
    </message>
    <message>
        <source>Nothing on this computer can read aloud in Mandarin: the speech program espeak-ng is not installed. Read the text to the resident yourself.</source>
        <translation>这台电脑不能用普通话朗读：没有安装语音程序 espeak-ng。请您自己把内容读给居民听。</translation>
    </message>
    <message>
        <source>The reading failed: %1</source>
        <translation>朗读没有成功：%1</translation>
    </message>
</context>
<context>
    <name>ReadAloudGallery</name>
    <message>
        <source>Ma Xiuying, female, born 1981-05-03 (45 years old)
ID number 6404**********0367
Each year you pay 300 yuan; the government adds 40 yuan.
From 2041-06, about 190.52 yuan every month.</source>
        <translation>马秀英，女，1981-05-03 出生（45 岁）
身份证号码 6404**********0367
您每年交 300 元，政府再补贴 40 元。
从 2041-06 起，每月大约领 190.52 元。</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>the list of %1</source>
        <translation>%1名单</translation>
    </message>
    <message>
        <source>verified from the %1, not needed</source>
        <translation>已由%1核实，无需提交</translation>
    </message>
    <message>
        <source>%1 (or: %2)</source>
        <translation>%1（或：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the original; we keep it</source>
        <translation>原件（由我们留存）</translation>
    </message>
    <message>
        <source>the original, and copies: %1</source>
        <translation>原件，复印件%1份</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copies: %1</source>
        <translation>复印件%1份</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Applying for</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>original kept</source>
        <translation>原件留存</translation>
    </message>
    <message>
        <source>seen, handed back</source>
        <translation>已查验并退还</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>留存%1份</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Receipt for papers handed in</source>
        <translation>材料接收回执</translation>
    </message>
    <message>
        <source>Papers of this case</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Original shown</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Received?</source>
        <translation>是否收到</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>%1 papers are still missing: see the slip &quot;Please bring&quot;.</source>
        <translation>还缺%1份材料，请看“补交材料通知单”。</translation>
    </message>
    <message>
        <source>Papers marked &quot;verified&quot; were not handed in: the agency&apos;s list (its date in the Date column) already proves them.</source>
        <translation>标明“已由…核实”的材料没有收取：相关部门的名单（日期见“日期”一栏）已经证明。</translation>
    </message>
    <message>
        <source>The papers marked as received above were handed in.</source>
        <translation>上面打☑的材料已经收到。</translation>
    </message>
    <message>
        <source>Handed in by (resident or proxy)</source>
        <translation>交材料人（本人或代办人）签字</translation>
    </message>
    <message>
        <source>Received by (assistant)</source>
        <translation>收材料人（协办员）签字</translation>
    </message>
    <message>
        <source>Keep this receipt. Originals were handed back at once; the county keeps the copies with the application.</source>
        <translation>请保管好这张回执。原件已当场退还，复印件随申请材料交县里留存。</translation>
    </message>
    <message>
        <source>Please bring these papers</source>
        <translation>补交材料通知单</translation>
    </message>
    <message>
        <source>Dear %1, for your %2 we still need the papers below. Please bring them:</source>
        <translation>%1您好！您办理的“%2”还缺下面这些材料，请带来：</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>带什么</translation>
    </message>
    <message>
        <source>It shows</source>
        <translation>用来证明</translation>
    </message>
    <message>
        <source>Where to bring them</source>
        <translation>送到哪里</translation>
    </message>
    <message>
        <source>To the village service point %1, to the assistant %2.</source>
        <translation>送到%1便民服务点，交给协办员%2。</translation>
    </message>
    <message>
        <source>Bring this slip, or tell us the case reference %1.</source>
        <translation>请带上这张通知单，或者告诉我们业务编号 %1。</translation>
    </message>
    <message>
        <source>We look at the originals and hand them back at once.</source>
        <translation>原件我们看过后当场还给您。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register with the county server</source>
        <translation>在县里的服务器上登记</translation>
    </message>
    <message>
        <source>Type the county server&apos;s address and the registration code the county office gave you. The code works once. Nothing on this desk is changed or sent until the first sync.</source>
        <translation>请输入县里服务器的地址和县社保局给您的登记码。登记码只能用一次。第一次同步之前，本机什么都不会改动，也不会上传。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Registration &amp;code:</source>
        <translation>登记码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type an address starting with https:// and the code of 12 letters and digits, as the county gave them.</source>
        <translation>请照县里给的输入：以 https:// 开头的地址，和 12 位字母、数字组成的登记码。</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>&amp;Search residents (name, pinyin initials, ID or phone fragment), or scan a case reference:</source>
        <translation>查找居民(&amp;S)（姓名、拼音首字母、身份证号或电话号码的一部分），或扫描业务编号：</translation>
    </message>
    <message>
        <source>e.g. 马玉兰, myl, 0367, CB7K2M9QXA</source>
        <translation>例如：马玉兰、myl、0367、CB7K2M9QXA</translation>
    </message>
    <message>
        <source>Search residents or open a case by its reference</source>
        <translation>查找居民，或按编号打开业务</translation>
    </message>
    <message>
        <source>Matching residents</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Press Enter to open case %1.</source>
        <translation>按回车键打开业务 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) found</source>
        <translation>
            <numerusform>找到 %n 位居民</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search the register.</source>
        <translation>输入文字即可查找居民。</translation>
    </message>
</context>
<context>
    <name>ReportPrintDialog</name>
    <message>
        <source>Print the figures</source>
        <translation>打印统计</translation>
    </message>
    <message>
        <source>The figures and both charts fit on one A4 page. Without a printer, save a PDF and print it elsewhere or send it to the township.</source>
        <translation>数字和两张图正好印在一张A4纸上。没有打印机时，可以存成PDF，到别处打印或发给乡镇。</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <source>Show &amp;full ID</source>
        <translation>显示完整身份证号(&amp;F)</translation>
    </message>
    <message>
        <source>Show the full ID number (recorded in the audit trail)</source>
        <translation>显示完整身份证号（会记入审计记录）</translation>
    </message>
    <message>
        <source>Shows the whole ID number; who looked is recorded.</source>
        <translation>显示完整的身份证号；谁查看过会被记录下来。</translation>
    </message>
    <message>
        <source>&amp;New case for this resident</source>
        <translation>为这位居民新建业务(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new case for this resident</source>
        <translation>为这位居民办理一件新业务</translation>
    </message>
    <message>
        <source>Plan a &amp;home visit (cannot come)…</source>
        <translation>安排上门服务（不能来的居民）(&amp;H)…</translation>
    </message>
    <message>
        <source>Resident details</source>
        <translation>居民详细信息</translation>
    </message>
    <message>
        <source>The resident&apos;s cases; press Enter to open one</source>
        <translation>这位居民的业务；按回车键打开</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>经历，最近的在前</translation>
    </message>
    <message>
        <source>Parts of the resident page</source>
        <translation>居民页面的各个部分</translation>
    </message>
    <message>
        <source>No resident selected</source>
        <translation>未选择居民</translation>
    </message>
    <message>
        <source>Search for a resident, then choose one in the list.</source>
        <translation>请先查找居民，再从名单中选择一位。</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contributions (%1)</source>
        <translation>缴费记录(&amp;C)（%1）</translation>
    </message>
    <message>
        <source>C&amp;ases (%1)</source>
        <translation>业务(&amp;A)（%1）</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>经历(&amp;T)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Relation to household head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Also noted</source>
        <translation>其他情况</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>困难群体类别</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证</translation>
    </message>
    <message>
        <source>category: %1, grade %2</source>
        <translation>类别：%1，等级：%2级</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Residents&apos; pension</source>
        <translation>城乡居民养老保险</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已参保</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>是，自 %1 年起</translation>
    </message>
    <message>
        <source>Enrolled in the residents&apos; pension</source>
        <translation>参加城乡居民养老保险</translation>
    </message>
    <message>
        <source>Contribution for %1: tier %2 yuan</source>
        <translation>%1 年缴费：%2 元档次</translation>
    </message>
    <message>
        <source>paid late</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Joined: %1 (%2)</source>
        <translation>纳入：%1（%2）</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>退出：%1</translation>
    </message>
    <message>
        <source>Case opened: %1</source>
        <translation>受理业务：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Home visit for %1: %2, %3</source>
        <translation>上门服务（%1）：%2，%3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Started drawing the pension</source>
        <translation>开始领取养老金</translation>
    </message>
    <message>
        <source>Reaches 60: can claim the pension</source>
        <translation>年满60周岁，可以申领养老金</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>%1 yuan a year</source>
        <translation>每年 %1 元</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Paid by the resident</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Paid by the county (代缴)</source>
        <translation>县里代缴</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>财政补贴</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>其他资助</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Drawing the pension</source>
        <translation>领取待遇</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
</context>
<context>
    <name>ResidentScreen</name>
    <message>
        <source>Welcome!
The assistant is now checking who you are.</source>
        <translation>欢迎您！
工作人员正在核对您的身份。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>What you are applying for</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>从 %1 年开始</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Who pays each year</source>
        <translation>每年谁出钱</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>about %1 a month</source>
        <translation>每月约 %1</translation>
    </message>
    <message>
        <source>Expected pension</source>
        <translation>预计养老金</translation>
    </message>
    <message>
        <source>none, all papers are here</source>
        <translation>没有，材料都齐了</translation>
    </message>
    <message>
        <source>Papers still missing</source>
        <translation>还缺的材料</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>您自己交</translation>
    </message>
    <message>
        <source>The government pays for you (代缴)</source>
        <translation>政府替您交（代缴）</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>政府补贴</translation>
    </message>
    <message>
        <source>Village collective</source>
        <translation>村集体补助</translation>
    </message>
    <message>
        <source>Charity or donor</source>
        <translation>社会资助</translation>
    </message>
    <message>
        <source>Done. Your application has been saved.</source>
        <translation>办好了，您的申请已经保存。</translation>
    </message>
    <message>
        <source>Now: checking what the policy says for you</source>
        <translation>现在：看政策对您怎么规定</translation>
    </message>
    <message>
        <source>Now: choosing the tier and who pays</source>
        <translation>现在：选缴费档次，看谁出钱</translation>
    </message>
    <message>
        <source>Now: checking your papers</source>
        <translation>现在：核对您带来的材料</translation>
    </message>
    <message>
        <source>Please check everything below</source>
        <translation>请您核对下面的内容</translation>
    </message>
    <message>
        <source>Please check everything below, then sign</source>
        <translation>请您核对下面的内容，没有问题再签字</translation>
    </message>
    <message>
        <source>If anything is wrong, tell the assistant before you sign.</source>
        <translation>如果有不对的地方，请在签字前告诉工作人员。</translation>
    </message>
    <message>
        <source>Welcome!
Please take a seat; the assistant will help you shortly.</source>
        <translation>欢迎您！
请先坐一下，工作人员马上为您办理。</translation>
    </message>
    <message>
        <source>Resident screen</source>
        <translation>居民屏幕</translation>
    </message>
    <message>
        <source>Show what is read aloud as &amp;words</source>
        <translation>朗读时同时显示文字(&amp;W)</translation>
    </message>
    <message>
        <source>Show what is read aloud as words on this screen</source>
        <translation>朗读的内容同时在这块屏幕上显示成文字</translation>
    </message>
    <message>
        <source>Show words to the &amp;resident…</source>
        <translation>给居民看的字(&amp;R)…</translation>
    </message>
    <message>
        <source>Type or choose words to show the resident</source>
        <translation>输入或选择要给居民看的字</translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <source>&amp;Export rows to fix…</source>
        <translation>导出问题行(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the rows to fix as an Excel file for the office</source>
        <translation>把问题行导出成 Excel 文件，交给单位改正</translation>
    </message>
    <message>
        <source>&amp;Rows to fix…</source>
        <translation>问题行(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the rows to fix and find who they are about</source>
        <translation>查看问题行，找出是哪位居民</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <source>This file was already imported on %1. The register stays as it was.</source>
        <translation>这个文件已经在 %1 导入过，花名册没有变化。</translation>
    </message>
    <message>
        <source>The list is imported</source>
        <translation>名单已导入</translation>
    </message>
    <message>
        <source>%1, valid on %2: %3 rows imported (%4 found in the register), %5 not imported. %6. %7 residents joined a group; %8 left one because they are no longer on this list.</source>
        <translation>%1，名单日期 %2：导入 %3 行（花名册里找到 %4 人），%5 行没有导入。%6。%7 人新进了人群类别；%8 人不在这份名单上了，已退出。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>什么都没有导入</translation>
    </message>
    <message>
        <source>The register stays as it was. Fix the file or ask the office for a corrected one, then import it again.</source>
        <translation>花名册没有变化。请改好文件，或者请单位发来改好的文件，再导入一次。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Read it to the resident</source>
        <translation>念给居民听</translation>
    </message>
    <message>
        <source>Read everything below to the resident. If something is wrong, go Back and correct it.</source>
        <translation>把下面的内容全部念给居民听。如有不对，点“上一步”回去改。</translation>
    </message>
    <message>
        <source>Summary of the application</source>
        <translation>申请内容汇总</translation>
    </message>
    <message>
        <source>Note for the &amp;township and county (optional):</source>
        <translation>给乡镇和县里的备注（可不填）(&amp;T)：</translation>
    </message>
    <message>
        <source>How the case is taken</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Note for the township and county</source>
        <translation>给乡镇和县里的备注</translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <source>Rows to fix</source>
        <translation>要改的行</translation>
    </message>
    <message>
        <source>These rows were not imported. Send them to the office to fix (button “Export rows to fix…” on the lists page). If a row&apos;s ID number is missing or wrong, choose it and find who it is about.</source>
        <translation>这些行没有导入。请交给单位改正（名单页面上的“导出问题行…”按钮）。如果某一行的身份证号没有填或填错了，选中这一行，找出是哪位居民。</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>没有导入的行</translation>
    </message>
    <message>
        <source>&amp;Find who this row is about</source>
        <translation>找出这一行是谁(&amp;F)</translation>
    </message>
    <message>
        <source>Find residents this row may be about</source>
        <translation>查找这一行可能是哪些居民</translation>
    </message>
    <message>
        <source>Residents this row may be about</source>
        <translation>这一行可能是的居民</translation>
    </message>
    <message>
        <source>&amp;This is the person…</source>
        <translation>就是这个人(&amp;T)…</translation>
    </message>
    <message>
        <source>Confirm the chosen resident for this row</source>
        <translation>确认这一行就是选中的居民</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the rows to fix</source>
        <translation>关闭问题行</translation>
    </message>
    <message>
        <source>Choose a row above to find who it is about.</source>
        <translation>请在上面选一行，再找出是谁。</translation>
    </message>
    <message>
        <source>Press “Find who this row is about” for row %1.</source>
        <translation>请点“找出这一行是谁”查找第 %1 行。</translation>
    </message>
    <message>
        <source>Nobody in the register has the name or birth date of row %1. Ask the office for the right ID number.</source>
        <translation>花名册里没有人和第 %1 行的姓名或出生日期相同。请向单位要正确的身份证号。</translation>
    </message>
    <message>
        <source>Row %1 may be about one of these residents. Choose the right one and check it with the paper list.</source>
        <translation>第 %1 行可能是下面这些居民中的一位。请选出对的人，并和纸质名单核对。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>为什么列出</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>出生日期相同</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>同一个村</translation>
    </message>
    <message>
        <source>Row %1 is now counted for %2.</source>
        <translation>第 %1 行现在算 %2 的了。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>County server (optional)</source>
        <translation>县级服务器（可不填）</translation>
    </message>
    <message>
        <source>You can leave this empty.</source>
        <translation>这一项可以不填。</translation>
    </message>
    <message>
        <source>Later, Cunbao will send finished cases to the county&apos;s server and receive the county&apos;s lists from it. That is not switched on yet: the address is only kept for then. If the county gave you an address, type it here; otherwise leave the box empty. Everything works without it.</source>
        <translation>以后村保会把办好的业务发送到县里的服务器，并从那里接收县里的名单。这个功能现在还没有开通，地址只是先保存下来。如果县里给了您地址，请填在这里；没有就空着。不填也不影响使用。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>County server address (optional)</source>
        <translation>县级服务器地址（可不填）</translation>
    </message>
</context>
<context>
    <name>ServicePointPage</name>
    <message>
        <source>Service point</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Which village or community does this desk serve?</source>
        <translation>这台电脑为哪个村或社区服务？</translation>
    </message>
    <message>
        <source>Choose the county, then the township, then the village or community. You can also type part of its name to find it.</source>
        <translation>请先选县（区），再选乡镇（街道），然后选村或社区。也可以输入名称的一部分来查找。</translation>
    </message>
    <message>
        <source>&amp;County or district:</source>
        <translation>县（区）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Township or street:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Find by name:</source>
        <translation>按名称查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Village or community:</source>
        <translation>村或社区(&amp;V)：</translation>
    </message>
    <message>
        <source>Statistical co&amp;de:</source>
        <translation>统计用区划代码(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose the county…</source>
        <translation>请选择县（区）…</translation>
    </message>
    <message>
        <source>e.g. 红崖, or the first digits of the code</source>
        <translation>例如 红崖，或代码的前几位</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Township or street</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Find the village by name</source>
        <translation>按名称查找村</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>村和社区</translation>
    </message>
    <message>
        <source>12-digit statistical code of the chosen village</source>
        <translation>所选村的 12 位统计用区划代码</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message numerus="yes">
        <source>Villages and communities listed: %n</source>
        <translation>
            <numerusform>共列出 %n 个村或社区</numerusform>
        </translation>
    </message>
    <message>
        <source>No village matches. Check the name, or choose another township.</source>
        <translation>没有找到符合的村。请检查名称，或换一个乡镇。</translation>
    </message>
    <message>
        <source>Choose the county first, or type the village&apos;s name.</source>
        <translation>请先选择县（区），或输入村名。</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Changes the county set aside</source>
        <translation>县里没有接受的修改</translation>
    </message>
    <message>
        <source>The county did not accept these changes. Each says why. Correct the record and save it again, or discard the change; later changes of the same record wait until you do.</source>
        <translation>县里没有接受下面这些修改，每条都写了原因。请改正记录后重新保存，或者丢弃这条修改；同一条记录后来的修改会一直等到您处理完。</translation>
    </message>
    <message>
        <source>&amp;Changes set aside:</source>
        <translation>单独放着的修改(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Why discard it:</source>
        <translation>丢弃的原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Discard the chosen change</source>
        <translation>丢弃选中的修改(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 of a %2 record, made %3</source>
        <translation>%2 记录的 %1，%3 做的</translation>
    </message>
    <message>
        <source>Choose a change and say why it is discarded.</source>
        <translation>请选中一条修改，并写明丢弃的原因。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Cunbao</source>
        <translation>登录村保</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>协办员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Assistant user name</source>
        <translation>协办员用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Type your assistant user name.</source>
        <translation>请输入您的协办员用户名。</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <source>The database could not be opened: %s</source>
        <translation>无法打开数据库：%s</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating a demo database of synthetic residents…</source>
        <translation>正在创建虚构居民的演示数据库……</translation>
    </message>
    <message>
        <source>No data yet, so a demo database of %1 synthetic residents was made. Sign in as &quot;%2&quot; with the password &quot;%3&quot;.</source>
        <translation>还没有数据，已创建含 %1 位虚构居民的演示数据库。请以“%2”、密码“%3”登录。</translation>
    </message>
    <message>
        <source>Policy pack %1</source>
        <translation>政策包 %1</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>政策包</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to set up</source>
        <translation>准备建立</translation>
    </message>
    <message>
        <source>Check what you chose. Go back to change anything.</source>
        <translation>请核对您的选择。要修改的话，请点“上一步”。</translation>
    </message>
    <message>
        <source>Service point:</source>
        <translation>服务点：</translation>
    </message>
    <message>
        <source>Statistical code:</source>
        <translation>统计用区划代码：</translation>
    </message>
    <message>
        <source>Your account:</source>
        <translation>您的账号：</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>County server:</source>
        <translation>县级服务器：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Write down your user name and password and keep them in a safe place. If every password is forgotten, nobody can open the data again.</source>
        <translation>请把用户名和密码写下来，放在安全的地方。如果所有密码都忘了，谁也打不开这些数据了。</translation>
    </message>
    <message>
        <source>&amp;Create the desk</source>
        <translation>建立服务点(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Set aside (&amp;J)…</source>
        <translation>单独放着的(&amp;J)…</translation>
    </message>
    <message>
        <source>Changes the county set aside</source>
        <translation>县里没有接受的修改</translation>
    </message>
    <message>
        <source>Sync with the county now</source>
        <translation>现在和县里同步</translation>
    </message>
    <message>
        <source>Syncing with the county…</source>
        <translation>正在和县里同步……</translation>
    </message>
    <message>
        <source>Not registered with the county server: work stays on this desk.</source>
        <translation>还没有在县里的服务器上登记：业务都留在本机。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>连不上县里</translation>
    </message>
    <message>
        <source>In step with the county</source>
        <translation>已和县里同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go up</source>
        <translation>
            <numerusform>%n 条修改等待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n 条单独放着</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>hardship group</source>
        <translation>困难群体身份</translation>
    </message>
    <message>
        <source>disability certificate</source>
        <translation>残疾人证</translation>
    </message>
    <message>
        <source>agency list</source>
        <translation>部门名单</translation>
    </message>
    <message>
        <source>A new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>A deletion</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TierChangeChoicesPage</name>
    <message>
        <source>The new tier</source>
        <translation>新的缴费档次</translation>
    </message>
    <message>
        <source>Show the resident every tier side by side, the one paid now marked, then choose the new tier together.</source>
        <translation>把各档次并排给居民看（标出现在交的档次），然后一起选出新档次。</translation>
    </message>
    <message>
        <source>Tier now:</source>
        <translation>现在的档次：</translation>
    </message>
    <message>
        <source>From the &amp;year:</source>
        <translation>起始年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year the new tier starts</source>
        <translation>新档次从哪一年开始</translation>
    </message>
    <message>
        <source>New &amp;tier (yuan a year):</source>
        <translation>新档次(&amp;T)（每年元数）：</translation>
    </message>
    <message>
        <source>New contribution tier</source>
        <translation>新的缴费档次</translation>
    </message>
    <message>
        <source>Keeps the old minimum tier</source>
        <translation>保留原最低缴费档次</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 is in %2, so %1 may keep paying the %3-yuan tier even when the minimum tier rises (%4).</source>
        <translation>%1属于%2，所以即使最低缴费档次提高，%1也可以继续按 %3 元档次缴费（%4）。</translation>
    </message>
    <message>
        <source>The minimum tier for %1 is %2 yuan; everyone else must pay at least that.</source>
        <translation>%1 年的最低缴费档次是 %2 元，其他人至少要交这么多。</translation>
    </message>
    <message>
        <source>The minimum tier for %1 is still %2 yuan, so for now anyone may choose it; ticking the box keeps the right if it rises.</source>
        <translation>%1 年的最低缴费档次还是 %2 元，现在谁都可以选；勾上这一项，以后最低档次提高时仍能保留。</translation>
    </message>
    <message>
        <source>The minimum tier for %1 is %2 yuan.</source>
        <translation>%1 年的最低缴费档次是 %2 元。</translation>
    </message>
    <message>
        <source>Now: no tier is recorded for the resident.</source>
        <translation>现在：没有该居民的缴费档次记录。</translation>
    </message>
    <message>
        <source>Now (%1-yuan tier): %2</source>
        <translation>现在（%1 元档次）：%2</translation>
    </message>
    <message>
        <source>From %1 (%2-yuan tier): %3</source>
        <translation>从 %1 年起（%2 元档次）：%3</translation>
    </message>
    <message>
        <source>That is %1 yuan a year more from the resident&apos;s own pocket.</source>
        <translation>居民自己每年要多交 %1 元。</translation>
    </message>
    <message>
        <source>That is %1 yuan a year less from the resident&apos;s own pocket.</source>
        <translation>居民自己每年少交 %1 元。</translation>
    </message>
    <message>
        <source>Some of these figures still await county confirmation (待县级确认); the monthly amounts are an estimate, not a promise.</source>
        <translation>其中有些数字还待县级确认，每月金额只是估算，不是承诺。</translation>
    </message>
    <message>
        <source>the resident pays %1 yuan a year</source>
        <translation>居民每年自己交 %1 元</translation>
    </message>
    <message>
        <source>the government pays %1 yuan for them (代缴)</source>
        <translation>政府代缴 %1 元</translation>
    </message>
    <message>
        <source>subsidy %1 yuan</source>
        <translation>补贴 %1 元</translation>
    </message>
    <message>
        <source>about %1 yuan a month from 60</source>
        <translation>60 岁起每月约领 %1 元</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The government pays %1 yuan of the contribution (代缴). On the %2-yuan tier %3 pays the other %4 yuan a year themselves. Whether the county puts 代缴 towards a higher tier is for the county to say (待县级确认).</source>
        <translation>政府代缴 %1 元。选 %2 元档次的话，其余每年 %4 元要由%3自己交。县里代缴的钱能不能用在更高的档次上，由县里定（待县级确认）。</translation>
    </message>
    <message>
        <source>%1 yuan a year</source>
        <translation>每年 %1 元</translation>
    </message>
    <message>
        <source>not recorded: ask the resident</source>
        <translation>没有记录：请问居民</translation>
    </message>
    <message>
        <source>&amp;Keeps the old minimum tier of %1 yuan (hardship groups and people lifted out of poverty)</source>
        <translation>保留原 %1 元最低档次(&amp;K)（困难群体和已脱贫人口）</translation>
    </message>
    <message>
        <source>Choose the new tier.</source>
        <translation>请选择新的缴费档次。</translation>
    </message>
    <message>
        <source>%1 already pays the %2-yuan tier. Choose another tier, or close the form if nothing changes.</source>
        <translation>%1现在交的就是 %2 元档次。请选另一个档次；如果不变，就关掉表格。</translation>
    </message>
    <message>
        <source>The %1-yuan tier is below the minimum of %2 yuan; only the groups that keep the old minimum tier may choose it.</source>
        <translation>%1 元档次低于最低档次 %2 元，只有可以保留原最低档次的群体才能选。</translation>
    </message>
</context>
<context>
    <name>TierChangeWizard</name>
    <message>
        <source>Explanation sheet (明白纸) of the new tier</source>
        <translation>新档次的明白纸</translation>
    </message>
    <message>
        <source>The resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>What the resident pays a year, before and after</source>
        <translation>变更前后居民每年交多少钱</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Tier: %1 → %2 yuan a year, from %3.</source>
        <translation>缴费档次：每年 %1 → %2 元，从 %3 年起。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>Keeps the old minimum tier (hardship group or lifted out of poverty).</source>
        <translation>保留原最低缴费档次（困难群体或已脱贫人口）。</translation>
    </message>
</context>
<context>
    <name>TierComparisonWidget</name>
    <message>
        <source>All tiers side by side: the more you pay each year, the more you get every month from 60.</source>
        <translation>各个档次放在一起比：每年交得越多，60 岁以后每月领得越多。</translation>
    </message>
    <message>
        <source>Tier a year</source>
        <translation>每年档次</translation>
    </message>
    <message>
        <source>You pay</source>
        <translation>您自己交</translation>
    </message>
    <message>
        <source>Government pays</source>
        <translation>政府代缴</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>财政补贴</translation>
    </message>
    <message>
        <source>Account at 60</source>
        <translation>60 岁时账户</translation>
    </message>
    <message>
        <source>Monthly at 60</source>
        <translation>每月能领</translation>
    </message>
    <message>
        <source>Of which account</source>
        <translation>其中个人账户</translation>
    </message>
    <message>
        <source>All contribution tiers compared</source>
        <translation>各缴费档次比较</translation>
    </message>
    <message>
        <source>&amp;Choose this tier</source>
        <translation>选这个档次(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the tier selected in the table</source>
        <translation>选表里选中的档次</translation>
    </message>
    <message>
        <source>* rests on figures awaiting county confirmation (待县级确认); point at the number for its source.</source>
        <translation>* 表示用到了待县级确认的数字；把鼠标放在数字上可看出处。</translation>
    </message>
    <message>
        <source>Working out every tier…</source>
        <translation>正在计算各个档次…</translation>
    </message>
    <message>
        <source>The tiers could not be worked out: %1</source>
        <translation>各档次没能算出来：%1</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation>（现在的档次）</translation>
    </message>
</context>
<context>
    <name>TierPolicyPage</name>
    <message>
        <source>Only someone enrolled and not yet drawing the pension has a tier to change. Below: whether the resident keeps the old minimum tier and has 代缴, with the clauses.</source>
        <translation>只有已参保、还没领养老金的人才能变更缴费档次。下面是居民能否保留原最低档次、有没有代缴，以及政策依据。</translation>
    </message>
    <message>
        <source>%1 already draws the residents&apos; pension.</source>
        <translation>%1已经在领城乡居民养老金。</translation>
    </message>
    <message>
        <source>Once the pension starts no more contributions are paid, so there is no tier to change.</source>
        <translation>开始领养老金后就不再缴费，没有档次可以变更。</translation>
    </message>
    <message>
        <source>Next step: nothing to change. Save a note for the file and close the form.</source>
        <translation>下一步：不用变更。写个备注存档，然后关掉表格。</translation>
    </message>
    <message>
        <source>%1 is not enrolled in the residents&apos; pension.</source>
        <translation>%1还没有参加城乡居民养老保险。</translation>
    </message>
    <message>
        <source>Only someone who is enrolled has a tier to change.</source>
        <translation>只有已参保的人才有缴费档次可以变更。</translation>
    </message>
    <message>
        <source>Next step: enrol %1 with the 参保登记 form; the tier is chosen there.</source>
        <translation>下一步：用“参保登记”表给%1办参保，参保时选择缴费档次。</translation>
    </message>
    <message>
        <source>%1 is enrolled and still paying in: the tier can be changed for the coming year.</source>
        <translation>%1已参保，还在缴费：可以变更以后年度的缴费档次。</translation>
    </message>
    <message>
        <source>%1 is in %2: may keep the %3-yuan tier even when the minimum tier rises (%4).</source>
        <translation>%1属于%2：即使最低缴费档次提高，也可以保留 %3 元档次（%4）。</translation>
    </message>
    <message>
        <source>Chooses from the tiers of the year, from the minimum up.</source>
        <translation>从当年最低档次往上选。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>要办的事</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选定</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最近保存</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Papers missing</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <source>Why the county returned it</source>
        <translation>县里退回的原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>上门人员</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日：%1</translation>
    </message>
    <message>
        <source>Walk-in queue</source>
        <translation>来访排队</translation>
    </message>
    <message>
        <source>&amp;Add walk-in…</source>
        <translation>登记来访(&amp;A)…</translation>
    </message>
    <message>
        <source>Add someone who came in to the queue</source>
        <translation>把来办事的人登记到排队名单</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始办理(&amp;S)</translation>
    </message>
    <message>
        <source>Start serving the chosen person</source>
        <translation>开始为选中的人办理</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>办完(&amp;D)</translation>
    </message>
    <message>
        <source>The chosen person has been served</source>
        <translation>选中的人已经办完</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>已离开(&amp;L)</translation>
    </message>
    <message>
        <source>The chosen person left without being served</source>
        <translation>选中的人没办就走了</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>显示已办完的(&amp;F)</translation>
    </message>
    <message>
        <source>Also show people already served or gone</source>
        <translation>也显示已经办完或已离开的人</translation>
    </message>
    <message>
        <source>Walk-in queue, in serving order</source>
        <translation>来访排队名单，按办理顺序</translation>
    </message>
    <message>
        <source>Work due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Unfinished cases to resume</source>
        <translation>可以接着办的未完成业务</translation>
    </message>
    <message>
        <source>Cases waiting for papers</source>
        <translation>等待补交材料的业务</translation>
    </message>
    <message>
        <source>Cases returned by the county</source>
        <translation>县里退回的业务</translation>
    </message>
    <message>
        <source>Work lists</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Start the pension &amp;claim</source>
        <translation>开始申领养老金(&amp;C)</translation>
    </message>
    <message>
        <source>Start the pension claim for the chosen resident</source>
        <translation>为选中的居民开始申领养老金</translation>
    </message>
    <message>
        <source>Resident &amp;page</source>
        <translation>居民页面(&amp;P)</translation>
    </message>
    <message>
        <source>Open the chosen resident&apos;s page</source>
        <translation>打开选中居民的页面</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>接着办(&amp;R)</translation>
    </message>
    <message>
        <source>Go on with the chosen unfinished case</source>
        <translation>接着办理选中的未完成业务</translation>
    </message>
    <message>
        <source>Plan a &amp;home visit…</source>
        <translation>安排上门服务(&amp;H)…</translation>
    </message>
    <message>
        <source>Plan a home visit for the chosen resident</source>
        <translation>为选中的居民安排上门服务</translation>
    </message>
    <message>
        <source>Home visits: overdue, today&apos;s and the coming days&apos;</source>
        <translation>上门服务：已逾期、今天和近几天的</translation>
    </message>
    <message>
        <source>S&amp;tart the visit</source>
        <translation>开始上门服务(&amp;T)</translation>
    </message>
    <message>
        <source>Start the chosen home visit: opens its form</source>
        <translation>开始选中的上门服务：打开办理表单</translation>
    </message>
    <message>
        <source>Visit d&amp;one</source>
        <translation>上门已办完(&amp;O)</translation>
    </message>
    <message>
        <source>The chosen visit took place with no form to fill in</source>
        <translation>选中的上门已经去过，不用填表</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>改期(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the chosen visit to another day</source>
        <translation>把选中的上门改到别的日子</translation>
    </message>
    <message>
        <source>Ca&amp;ncel visit…</source>
        <translation>取消上门(&amp;N)…</translation>
    </message>
    <message>
        <source>Cancel the chosen visit</source>
        <translation>取消选中的上门服务</translation>
    </message>
    <message>
        <source>Work due (%1)</source>
        <translation>待办事项（%1）</translation>
    </message>
    <message>
        <source>Unfinished (%1)</source>
        <translation>未完成（%1）</translation>
    </message>
    <message>
        <source>Waiting for papers (%1)</source>
        <translation>等待补交材料（%1）</translation>
    </message>
    <message>
        <source>Returned by the county (%1)</source>
        <translation>县里退回（%1）</translation>
    </message>
    <message>
        <source>Home visits (%1 due)</source>
        <translation>上门服务（%1 个待办）</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人在等</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载……</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>共 %2 条，只显示前 %1 条。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>being served by %1</source>
        <translation>%1 正在办理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办完</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <source>Turned 60 on %1 and has not claimed the pension: start the claim (待遇领取)</source>
        <translation>已于 %1 年满60周岁，还没有申领养老金：请办理待遇领取</translation>
    </message>
    <message>
        <source>Turns 60 on %1: prepare the pension claim (待遇领取); %2 year(s) paid</source>
        <translation>将于 %1 年满60周岁：请准备待遇领取；已缴费 %2 年</translation>
    </message>
    <message>
        <source>Nothing paid for %1: remind them to pay this year&apos;s contribution</source>
        <translation>%1 年没有缴费：请提醒今年按时缴费</translation>
    </message>
    <message>
        <source>Updating the queue…</source>
        <translation>正在更新排队名单……</translation>
    </message>
    <message>
        <source>Recording the visit…</source>
        <translation>正在记录上门情况…</translation>
    </message>
</context>
<context>
    <name>VeteranSteps</name>
    <message>
        <source>Veterans&apos; direct channel (退役军人直办通道): point the resident to these services</source>
        <translation>退役军人直办通道：可以告诉居民去办这些事</translation>
    </message>
</context>
<context>
    <name>WalkIn</name>
    <message>
        <source>Question or advice</source>
        <translation>咨询政策</translation>
    </message>
    <message>
        <source>Yearly check that a pensioner is alive (资格认证)</source>
        <translation>领取待遇资格认证</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他事情</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>Who came in, and why? An ID number finds the resident and their priority; a name works too.</source>
        <translation>谁来了，办什么事？输入身份证号可以找到这位居民和优先通道；输入姓名也可以。</translation>
    </message>
    <message>
        <source>&amp;ID number or name:</source>
        <translation>身份证号或姓名(&amp;I)：</translation>
    </message>
    <message>
        <source>the 18 characters of the ID card, or a name such as 马玉兰</source>
        <translation>身份证上的18位号码，或姓名，如马玉兰</translation>
    </message>
    <message>
        <source>ID number or name of the person who came in</source>
        <translation>来访人的身份证号或姓名</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>是哪一位(&amp;W)：</translation>
    </message>
    <message>
        <source>Residents with this name: choose the one who came in</source>
        <translation>叫这个名字的居民：请选择来的是哪一位</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. brought the household register</source>
        <translation>例如：带了户口簿</translation>
    </message>
    <message>
        <source>Note about the visit</source>
        <translation>来访备注</translation>
    </message>
    <message>
        <source>&amp;Add to the queue</source>
        <translation>登记排队(&amp;A)</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>登记排队</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not sure: add by name only</source>
        <translation>不确定：只按姓名登记</translation>
    </message>
    <message>
        <source>%1, %2, %3 years old</source>
        <translation>%1，%2，%3 岁</translation>
    </message>
    <message>
        <source>Found: %1, %2, %3 years old.</source>
        <translation>找到：%1，%2，%3 岁。</translation>
    </message>
    <message numerus="yes">
        <source>%n residents are called %1.</source>
        <translation>
            <numerusform>有 %n 位居民叫%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>This ID number is not in the register yet; the person is queued by the number.</source>
        <translation>这个身份证号还没有登记在册；按身份证号排队。</translation>
    </message>
    <message>
        <source>No resident with this name; the person is queued by name.</source>
        <translation>没有叫这个名字的居民；按姓名排队。</translation>
    </message>
    <message>
        <source>Priority: %1.</source>
        <translation>优先通道：%1。</translation>
    </message>
    <message>
        <source>Adding to the queue…</source>
        <translation>正在登记排队……</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cunbao</source>
        <translation>欢迎使用村保</translation>
    </message>
    <message>
        <source>This computer has no Cunbao data yet. How do you want to start?</source>
        <translation>这台电脑上还没有村保的数据。您想怎样开始？</translation>
    </message>
    <message>
        <source>Cunbao keeps the social-security work of a village service point: the residents register, applications, papers and printing. Everything stays on this computer, encrypted.</source>
        <translation>村保用来办理村级服务点的社保工作：居民花名册、申请、材料和打印。所有数据都加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&amp;Set up this service point</source>
        <translation>建立本服务点(&amp;S)</translation>
    </message>
    <message>
        <source>Choose your village, make your own account and choose the printer. Takes about two minutes.</source>
        <translation>选择您的村，建立您自己的账号，再选择打印机。大约需要两分钟。</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>用演示数据试用(&amp;D)</translation>
    </message>
    <message>
        <source>A practice desk full of invented residents, to learn the program. Do not enter real residents into it.</source>
        <translation>一个全是虚构居民的练习用服务点，用来熟悉软件。请不要在里面录入真实居民。</translation>
    </message>
    <message>
        <source>Set up this service point</source>
        <translation>建立本服务点</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>用演示数据试用</translation>
    </message>
</context>
<context>
    <name>WorklistsPage</name>
    <message>
        <source>Worklists: who needs what done</source>
        <translation>工作清单：谁需要办什么</translation>
    </message>
    <message>
        <source>The register is compared with the offices&apos; latest lists. Each worklist names the people to see and the next step for each. Choose a worklist on the left, then a person.</source>
        <translation>把本村花名册和各部门最新的名单对一对。每张清单列出要找的人和下一步该办什么。先在左边选一张清单，再选一个人。</translation>
    </message>
    <message>
        <source>Compare &amp;again</source>
        <translation>重新比对(&amp;A)</translation>
    </message>
    <message>
        <source>Compare the register with the lists again</source>
        <translation>重新把花名册和名单比对一次</translation>
    </message>
    <message>
        <source>Next step for the chosen person</source>
        <translation>为选中的人办理下一步</translation>
    </message>
    <message>
        <source>E&amp;xport the ledger…</source>
        <translation>导出管理台账(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the management ledger as an Excel file</source>
        <translation>把管理台账导出成 Excel 文件</translation>
    </message>
    <message>
        <source>Management ledger (管理台账)</source>
        <translation>管理台账</translation>
    </message>
    <message>
        <source>&amp;Hide the middle of ID numbers</source>
        <translation>隐藏身份证号中间几位(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the middle of ID numbers in the exported ledger</source>
        <translation>导出的台账里隐藏身份证号中间几位</translation>
    </message>
    <message>
        <source>The county needs whole ID numbers to check the ledger against its system. Tick this only for a copy to show others.</source>
        <translation>县里要用完整的身份证号和系统核对台账。只有给别人看的那一份才勾选这一项。</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>Show people of this village</source>
        <translation>只看这个村的人</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>人群(&amp;G)：</translation>
    </message>
    <message>
        <source>Show people of this group</source>
        <translation>只看这类人群</translation>
    </message>
    <message>
        <source>&amp;Worklists</source>
        <translation>工作清单(&amp;W)</translation>
    </message>
    <message>
        <source>Worklists with the number of people on each</source>
        <translation>各张工作清单和人数</translation>
    </message>
    <message>
        <source>&amp;People on this worklist</source>
        <translation>这张清单上的人(&amp;P)</translation>
    </message>
    <message>
        <source>People on the chosen worklist</source>
        <translation>选中清单上的人</translation>
    </message>
    <message>
        <source>&amp;Open the resident</source>
        <translation>打开居民(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen person&apos;s resident page</source>
        <translation>打开选中的人的居民页面</translation>
    </message>
    <message>
        <source>May &amp;be:</source>
        <translation>可能是(&amp;B)：</translation>
    </message>
    <message>
        <source>Resident in the register the list person may be</source>
        <translation>名单上这个人可能是花名册里的哪位居民</translation>
    </message>
    <message>
        <source>Confir&amp;m it is the same person…</source>
        <translation>确认是同一人(&amp;M)…</translation>
    </message>
    <message>
        <source>Confirm that the list person is the chosen resident</source>
        <translation>确认名单上这个人就是选中的居民</translation>
    </message>
    <message>
        <source>Comparing the register with the lists…</source>
        <translation>正在把花名册和名单比对…</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>所有村</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>所有人群</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Compared %1 residents with %2 list rows on %3; %4 things to do.</source>
        <translation>%3 把 %1 位居民和名单上的 %2 行比对过了，有 %4 件事要办。</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>还没有比对。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Village, household</source>
        <translation>村、户号</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>困难群体类别</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>&amp;Next step: %1…</source>
        <translation>下一步：%1(&amp;N)…</translation>
    </message>
    <message>
        <source>Pass the name to %1 and tell the resident to go there.</source>
        <translation>把名字转给%1，并告诉居民到那里去办。</translation>
    </message>
    <message>
        <source>Ask %1 (through the township) for its new list, then import it on the “Check lists” tab.</source>
        <translation>通过乡镇向%1要新的名单，然后在“核对名单”里导入。</translation>
    </message>
    <message>
        <source>Look at the residents below; confirm the one who is this person.</source>
        <translation>看一看下面的居民，确认哪一位就是这个人。</translation>
    </message>
    <message>
        <source>Ask the township to check this payment.</source>
        <translation>请乡镇核查这笔代缴。</translation>
    </message>
    <message>
        <source>Send copies of the certificate to the township.</source>
        <translation>把证件复印件报给乡镇。</translation>
    </message>
    <message>
        <source>Nothing to do this year; check again next year.</source>
        <translation>今年不用办，明年再看一看。</translation>
    </message>
    <message>
        <source>Explain to the resident how back payment (补缴) works.</source>
        <translation>给居民讲清楚补缴是怎么回事。</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>%1, born %2, %3, ID %4</source>
        <translation>%1，%2 出生，%3，身份证 %4</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>是同一个人吗？</translation>
    </message>
    <message>
        <source>Is %1 on the list the same person as %2 in the register? Only say yes if you have checked the ID card or the household register.</source>
        <translation>名单上的%1和花名册里的%2是同一个人吗？只有看过身份证或户口本才能选“是”。</translation>
    </message>
    <message>
        <source>Row %1 of the list is now counted for this resident.</source>
        <translation>名单第 %1 行现在算在这位居民名下了。</translation>
    </message>
    <message>
        <source>Linking the list person to the resident…</source>
        <translation>正在把名单上的人和居民对上…</translation>
    </message>
    <message>
        <source>Management ledger %1.xlsx</source>
        <translation>管理台账 %1.xlsx</translation>
    </message>
    <message>
        <source>The ledger (%1 people) is saved in %2.</source>
        <translation>管理台账（%1 人）已保存在 %2。</translation>
    </message>
    <message>
        <source>Writing the ledger…</source>
        <translation>正在写管理台账…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Cunbao is locked</source>
        <translation>村保已锁定</translation>
    </message>
</context>
</TS>
