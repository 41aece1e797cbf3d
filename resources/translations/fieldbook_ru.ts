<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountCardWidget</name>
    <message>
        <location filename="../../ui/account_card/card.py" line="37"/>
        <source>← Accounts</source>
        <translation>← Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="38"/>
        <source>Back to the account list (Esc)</source>
        <translation>Назад к списку клиентов (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="48"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="59"/>
        <source>large</source>
        <translation>крупный</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="60"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="61"/>
        <source>small</source>
        <translation>малый</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="63"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="63"/>
        <source>prospect</source>
        <translation>потенциальный клиент</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="65"/>
        <source>INN / KPP</source>
        <translation>ИНН / КПП</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="66"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="67"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="68"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="69"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="70"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="71"/>
        <source>Business size</source>
        <translation>Размер бизнеса</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="72"/>
        <source>Potential, per year</source>
        <translation>Потенциал в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="73"/>
        <source>Capacity units</source>
        <translation>Единицы мощности</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="74"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="90"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="91"/>
        <source>Gross profit</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="92"/>
        <source>Margin</source>
        <translation>Маржинальность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="93"/>
        <source>Orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="94"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="95"/>
        <source>Slots (order lines)</source>
        <translation>Слоты (строки заказов)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="96"/>
        <source>Check depth</source>
        <translation>Глубина чека</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="97"/>
        <source>Average SKU cost</source>
        <translation>Средняя стоимость SKU</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="98"/>
        <source>SKUs sold</source>
        <translation>Количество проданных SKU</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="99"/>
        <source>Diversity (product groups)</source>
        <translation>Разнообразие (товарные группы)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="100"/>
        <source>Active months</source>
        <translation>Активные месяцы</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="101"/>
        <source>Systematicity</source>
        <translation>Системность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="102"/>
        <source>Share of wallet</source>
        <translation>Доля кошелька (SOW)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="104"/>
        <source>Revenue per capacity unit</source>
        <translation>Доход на единицу мощности</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="107"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="108"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="109"/>
        <source>Days since purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="122"/>
        <source>No sales yet: metrics appear after sales are imported.</source>
        <translation>Продаж пока нет: показатели появятся после загрузки продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="128"/>
        <source>Window %1 – %2 against %3 – %4</source>
        <translation>Период %1 – %2 в сравнении с %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="139"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="139"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="139"/>
        <source>Previous 12 months</source>
        <translation>Предыдущие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="157"/>
        <source>No cost in the data: gross profit equals revenue.</source>
        <translation>В данных нет себестоимости: валовая прибыль равна выручке.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="53"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="54"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="55"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="56"/>
        <location filename="../../ui/accounts/model.py" line="67"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="57"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="58"/>
        <source>Revenue, 12 mo.</source>
        <translation>Выручка, 12 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="59"/>
        <source>Days idle</source>
        <translation>Дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="64"/>
        <source>Account name; sorted without the legal form</source>
        <translation>Наименование клиента; сортировка без организационно-правовой формы</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="65"/>
        <source>Taxpayer number</source>
        <translation>Идентификационный номер налогоплательщика</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="66"/>
        <source>Market (industry)</source>
        <translation>Рынок (отрасль)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="68"/>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="69"/>
        <source>Revenue of the 12 months ending at the latest sale in the data</source>
        <translation>Выручка за 12 месяцев, заканчивающихся последней продажей в данных</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="70"/>
        <source>Days since the last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <location filename="../../ui/accounts/screen.py" line="30"/>
        <source>Filter by name, INN, region or manager</source>
        <translation>Поиск по наименованию, ИНН, региону или менеджеру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="59"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="80"/>
        <source>%1 accounts</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="83"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 из %2 клиентов</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Something went wrong, but your data is saved and Fieldbook keeps running.</source>
        <translation>Что-то пошло не так, но ваши данные сохранены, и Fieldbook продолжает работать.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>{error}

The details are in the log: {path}</source>
        <translation>{error}

Подробности в журнале: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Find account</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>This account no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Creating the demo company…</source>
        <translation>Создаётся демо-компания…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>The demo company could not be created: %1</source>
        <translation>Не удалось создать демо-компанию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>The demo company is still being created. Stop and quit? Nothing of it will be kept.</source>
        <translation>Демо-компания ещё создаётся. Прервать и выйти? Ничего из неё не сохранится.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings/screen.py" line="17"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="20"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="31"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="33"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="38"/>
        <source>Start Fieldbook with --db PATH_OR_URL, or set FIELDBOOK_DB, to use another database.</source>
        <translation>Чтобы открыть другую базу, запустите Fieldbook с --db ПУТЬ_ИЛИ_URL или задайте переменную FIELDBOOK_DB.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/welcome/screen.py" line="14"/>
        <source>Welcome to Fieldbook</source>
        <translation>Добро пожаловать в Fieldbook</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="17"/>
        <source>Your database is empty. Fieldbook keeps your clients, their sales history, your visit notes and proposals on this computer, so it works without a network.</source>
        <translation>База данных пуста. Fieldbook хранит клиентов, историю их покупок, заметки о встречах и коммерческие предложения на этом компьютере, поэтому работает без сети.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="20"/>
        <source>To look around first, fill it with a demo company: 2,000 clients of a supplies distributor with three years of sales.</source>
        <translation>Чтобы сначала осмотреться, заполните её демо-компанией: 2 000 клиентов дистрибьютора расходных материалов с продажами за три года.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="26"/>
        <source>Explore the demo company</source>
        <translation>Открыть демо-компанию</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="30"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
</TS>
