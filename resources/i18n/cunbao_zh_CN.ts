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
</context>
<context>
    <name>App</name>
    <message>
        <source>Cunbao village desk</source>
        <translation>村保·村级社保服务点</translation>
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
        <source>Draft</source>
        <translation>草稿</translation>
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
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cunbao village desk — residents register</source>
        <translation>村保·村级社保服务点 — 居民花名册</translation>
    </message>
    <message>
        <source>&amp;Search residents (name, pinyin initials, ID or phone fragment):</source>
        <translation>查找居民(&amp;S)（姓名、拼音首字母、身份证号或电话号码的一部分）：</translation>
    </message>
    <message>
        <source>e.g. 马玉兰, myl, 0367</source>
        <translation>例如：马玉兰、myl、0367</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>查找居民</translation>
    </message>
    <message>
        <source>Matching residents</source>
        <translation>查找结果</translation>
    </message>
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
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Resident details</source>
        <translation>居民详细信息</translation>
    </message>
    <message>
        <source>No resident selected</source>
        <translation>未选择居民</translation>
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
    <message>
        <source>Contributions</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>tier %1: self %2, government %3, subsidy %4</source>
        <translation>档次 %1：个人 %2，政府代缴 %3，补贴 %4</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>业务</translation>
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
</TS>
