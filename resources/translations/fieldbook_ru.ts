<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountCardWidget</name>
    <message>
        <location filename="../../ui/account_card/card.py" line="88"/>
        <source>← Accounts</source>
        <translation>← Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="89"/>
        <source>Back to the account list (Esc)</source>
        <translation>Назад к списку клиентов (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="108"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="472"/>
        <location filename="../../ui/account_card/card.py" line="515"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="516"/>
        <source>Gross profit</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="517"/>
        <source>Margin</source>
        <translation>Маржинальность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="479"/>
        <location filename="../../ui/account_card/card.py" line="518"/>
        <source>Orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="474"/>
        <location filename="../../ui/account_card/card.py" line="519"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="520"/>
        <source>Slots (order lines)</source>
        <translation>Слоты (строки заказов)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="477"/>
        <location filename="../../ui/account_card/card.py" line="521"/>
        <source>Check depth</source>
        <translation>Глубина чека</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="442"/>
        <source>expected loss %1 ₽</source>
        <translation>ожидаемые потери %1&#xa0;₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="476"/>
        <location filename="../../ui/account_card/card.py" line="522"/>
        <source>Average SKU cost</source>
        <translation>Средняя стоимость SKU</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="478"/>
        <location filename="../../ui/account_card/card.py" line="523"/>
        <source>SKUs sold</source>
        <translation>Количество проданных SKU</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="524"/>
        <source>Diversity (product groups)</source>
        <translation>Разнообразие (товарные группы)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="525"/>
        <source>Active months</source>
        <translation>Активные месяцы</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="526"/>
        <source>Systematicity</source>
        <translation>Системность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="527"/>
        <source>Share of wallet</source>
        <translation>Доля кошелька (SOW)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="529"/>
        <source>Revenue per capacity unit</source>
        <translation>Доход на единицу ёмкости</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="473"/>
        <location filename="../../ui/account_card/card.py" line="532"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="94"/>
        <source>Visit &amp;brief (PDF)…</source>
        <translation>&amp;Бриф к визиту (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="95"/>
        <source>One page to read before the visit (Ctrl+Shift+B)</source>
        <translation>Одна страница перед визитом (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="135"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="136"/>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="138"/>
        <source>Opportunities</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="139"/>
        <source>SPIN</source>
        <translation>SPIN</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="140"/>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="141"/>
        <source>Proposal</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="142"/>
        <source>Scoring: BANT and BCG</source>
        <translation>Скоринг: BANT и BCG</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="143"/>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="144"/>
        <source>Development plan</source>
        <translation>План развития</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="291"/>
        <source>Brief</source>
        <translation>Бриф</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="294"/>
        <source>Save the visit brief</source>
        <translation>Сохранить бриф к визиту</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="294"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="326"/>
        <source>The brief could not be saved: %1</source>
        <translation>Не удалось сохранить бриф: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="313"/>
        <source>Brief saved to %1</source>
        <translation>Бриф сохранён в %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="137"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="341"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="343"/>
        <source>Where it stands</source>
        <translation>Текущее положение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="399"/>
        <source>computing…</source>
        <translation>рассчитывается…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="406"/>
        <source>no sales in the window</source>
        <translation>нет продаж в периоде</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="408"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="409"/>
        <source>Purchase behaviour</source>
        <translation>Покупательское поведение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="411"/>
        <source>Lifecycle (4R)</source>
        <translation>Жизненный цикл (4R)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="412"/>
        <source>BANT</source>
        <translation>BANT</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="413"/>
        <source>not scored</source>
        <translation>не оценён</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="414"/>
        <source>BCG strategy</source>
        <translation>Стратегия BCG</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="415"/>
        <source>Progress level</source>
        <translation>Уровень прогрессов</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="416"/>
        <source>Last meeting with a decision maker</source>
        <translation>Последняя встреча с ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="417"/>
        <source>none logged</source>
        <translation>не записана</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="423"/>
        <location filename="../../ui/account_card/card.py" line="425"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="425"/>
        <source>none: log an activity</source>
        <translation>нет: запишите активность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="434"/>
        <source>Risk of leaving</source>
        <translation>Риск ухода</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="437"/>
        <source>not scored: no purchase in 12 months</source>
        <translation>не оценивается: нет покупок за 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="453"/>
        <source>Indicators by calendar year</source>
        <translation>Показатели по календарным годам</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="455"/>
        <source>No sales yet.</source>
        <translation>Продаж пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="475"/>
        <source>Checks</source>
        <translation>Количество чеков</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="484"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="500"/>
        <source>Revenue by month, last 36 months, thousand ₽</source>
        <translation>Выручка по месяцам за 36 месяцев, тыс. ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="533"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="534"/>
        <source>Days since purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="547"/>
        <source>No sales yet: metrics appear after sales are imported.</source>
        <translation>Продаж пока нет: показатели появятся после загрузки продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="570"/>
        <source>Window %1 – %2 against %3 – %4</source>
        <translation>Период %1 – %2 в сравнении с %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="580"/>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="580"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="580"/>
        <source>Previous 12 months</source>
        <translation>Предыдущие 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/card.py" line="550"/>
        <source>No cost in the data: gross profit equals revenue.</source>
        <translation>В данных нет себестоимости: валовая прибыль равна выручке.</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../ui/account_card/fields.py" line="59"/>
        <source>large</source>
        <translation>крупный</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="59"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="60"/>
        <source>small</source>
        <translation>малый</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="61"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="61"/>
        <source>prospect</source>
        <translation>потенциальный клиент</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="65"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="66"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="67"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="68"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="69"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="70"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="71"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="72"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="73"/>
        <source>Business size</source>
        <translation>Размер бизнеса</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="74"/>
        <source>Potential, ₽ per year</source>
        <translation>Потенциал, ₽ в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="75"/>
        <source>Capacity units</source>
        <translation>Единицы ёмкости</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="76"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="77"/>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="78"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="79"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="80"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="81"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="205"/>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="208"/>
        <source>This account was changed elsewhere (an import or a colleague) after you opened it. Keep your change, or take the saved version?</source>
        <translation>Этот клиент был изменён в другом месте (импортом или коллегой) после того, как вы его открыли. Оставить ваше изменение или взять сохранённую версию?</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="212"/>
        <source>Keep my change</source>
        <translation>Оставить моё изменение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/fields.py" line="213"/>
        <source>Take the saved version</source>
        <translation>Взять сохранённую версию</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="267"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="268"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="269"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="270"/>
        <location filename="../../ui/accounts/model.py" line="289"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="271"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="272"/>
        <source>Revenue, 12 mo.</source>
        <translation>Выручка, 12 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="280"/>
        <source>Days idle</source>
        <translation>Дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="273"/>
        <source>ABC-XYZ</source>
        <translation>ABC-XYZ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="274"/>
        <source>Behaviour</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="275"/>
        <source>Lifecycle</source>
        <translation>Цикл (4R)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="276"/>
        <source>BCG strategy</source>
        <translation>Стратегия BCG</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="277"/>
        <source>BANT</source>
        <translation>BANT</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="278"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="279"/>
        <source>Risk</source>
        <translation>Риск ухода</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="281"/>
        <source>ЛПР contact</source>
        <translation>Контакт с ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="286"/>
        <source>Account name; sorted without the legal form</source>
        <translation>Наименование клиента; сортировка без организационно-правовой формы</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="287"/>
        <source>Taxpayer number</source>
        <translation>Идентификационный номер налогоплательщика</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="288"/>
        <source>Market (industry)</source>
        <translation>Рынок (отрасль)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="290"/>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="291"/>
        <source>Revenue of the 12 months ending at the latest sale in the data</source>
        <translation>Выручка за 12 месяцев, заканчивающихся последней продажей в данных</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="294"/>
        <source>Lifecycle stage (4R) from the purchase behaviour</source>
        <translation>Этап жизненного цикла (4R) по покупательскому поведению</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="295"/>
        <source>Strategy of the BCG matrix: relationship × attractiveness</source>
        <translation>Стратегия по матрице BCG: отношение × привлекательность</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="296"/>
        <source>Latest BANT total, 0–12 (9 and more: qualified)</source>
        <translation>Последняя сумма BANT, 0–12 (9 и больше — квалифицирован)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="297"/>
        <source>Progress level of the development plan, 1–5</source>
        <translation>Уровень прогресса плана развития, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="299"/>
        <source>Risk of leaving: the chance of no purchase within the horizon of Settings (90 days unless changed), from the company&apos;s own history; the reasons in the tooltip</source>
        <translation>Риск ухода: вероятность, что клиент ничего не купит в пределах горизонта из настроек (90 дней, если не изменён), по истории самой компании; причины — во всплывающей подсказке</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="303"/>
        <source>Days since the last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="304"/>
        <source>Last activity with a decision maker (ЛПР); a dash: no ЛПР among the contacts</source>
        <translation>Последняя активность с ЛПР; прочерк — среди контактов нет ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="292"/>
        <source>ABC by revenue and XYZ by stability (type abc:a to filter)</source>
        <translation>ABC по выручке и XYZ по стабильности (для отбора введите abc:a)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="293"/>
        <source>Purchase behaviour against the previous window (type behaviour:lost)</source>
        <translation>Покупательское поведение к прошлому периоду (для отбора введите поведение:потерянные)</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <location filename="../../ui/accounts/screen.py" line="53"/>
        <source>Saved filters (Ctrl+L)</source>
        <translation>Сохранённые отборы (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="60"/>
        <source>Your name as the responsible manager in the data</source>
        <translation>Ваше имя как ответственного менеджера в данных</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="63"/>
        <source>Your name as manager</source>
        <translation>Ваше имя как менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="67"/>
        <source>Filter by name, INN, region, manager or label (abc:a, behaviour:lost)</source>
        <translation>Отбор по названию, ИНН, региону, менеджеру или метке (abc:a, поведение:потерянные, стратегия:укрепление)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="70"/>
        <source>Sa&amp;ve filter…</source>
        <translation>Со&amp;хранить отбор…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="71"/>
        <source>Keep this view and filter text under a name</source>
        <translation>Сохранить этот вид и текст отбора под именем</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="72"/>
        <source>Forget</source>
        <translation>Удалить отбор</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="73"/>
        <source>Remove this saved filter</source>
        <translation>Удалить этот сохранённый отбор</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="76"/>
        <source>&amp;New account…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="77"/>
        <source>Create an account (Ctrl+N)</source>
        <translation>Создать клиента (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="78"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="79"/>
        <source>Delete the selected account (Del); Ctrl+Z undoes</source>
        <translation>Удалить выбранного клиента (Del); Ctrl+Z — отменить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="108"/>
        <source>← &amp;Back to the table</source>
        <translation>← Назад к &amp;таблице</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="110"/>
        <source>Show &amp;all accounts</source>
        <translation>Показать &amp;всех клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="131"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="183"/>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="184"/>
        <source>My accounts</source>
        <translation>Мои клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="185"/>
        <source>Falling and lost</source>
        <translation>Падающие и потерянные</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="186"/>
        <source>No contact with an ЛПР for 90 days</source>
        <translation>Нет контакта с ЛПР 90 дней</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="187"/>
        <source>Qualified (BANT ≥ 9)</source>
        <translation>Квалифицированные (BANT ≥ 9)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="258"/>
        <source>Save filter</source>
        <translation>Сохранить отбор</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="258"/>
        <source>Name of the filter:</source>
        <translation>Название отбора:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="327"/>
        <source>Drill-down: %1 (%2 accounts)</source>
        <translation>Расшифровка: %1 (клиентов: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="382"/>
        <source>%1 deleted. Ctrl+Z or Undo brings it back.</source>
        <translation>%1 удалён. Ctrl+Z или «Отменить» вернёт его.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="413"/>
        <source>computing labels…</source>
        <translation>метки рассчитываются…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="415"/>
        <source>This view is built on the segment labels; they are being computed.</source>
        <translation>Это представление строится по меткам сегментов; они сейчас рассчитываются.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="418"/>
        <source>%1 accounts</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/screen.py" line="421"/>
        <source>%1 of %2 accounts</source>
        <translation>Клиентов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="102"/>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="103"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="104"/>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="105"/>
        <source>seminar</source>
        <translation>семинар</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="106"/>
        <source>e-mail</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="107"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="109"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="111"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="112"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="114"/>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="115"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="116"/>
        <source>Next step by</source>
        <translation>Срок следующего шага</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="118"/>
        <source>activity</source>
        <translation>активность</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../ui/analytics/chart.py" line="88"/>
        <source>Frequency (F5: most orders)</source>
        <translation>Частота (F5: больше всего заказов)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="89"/>
        <source>Recency (R5: bought lately)</source>
        <translation>Давность (R5: покупали недавно)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="91"/>
        <location filename="../../ui/analytics/chart.py" line="121"/>
        <location filename="../../ui/analytics/chart.py" line="124"/>
        <location filename="../../ui/analytics/chart.py" line="185"/>
        <source>Revenue, mln</source>
        <translation>Выручка, млн</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="94"/>
        <source>clients in each cell</source>
        <translation>клиентов в каждой клетке</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="105"/>
        <source>others</source>
        <translation>остальные</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="131"/>
        <location filename="../../ui/analytics/chart.py" line="133"/>
        <location filename="../../ui/analytics/chart.py" line="194"/>
        <location filename="../../ui/analytics/chart.py" line="251"/>
        <location filename="../../ui/analytics/labels.py" line="86"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="150"/>
        <source>Share of clients, largest first</source>
        <translation>Доля клиентов, от крупных</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="151"/>
        <source>Cumulative share of revenue</source>
        <translation>Накопленная доля выручки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="195"/>
        <location filename="../../ui/analytics/labels.py" line="82"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="228"/>
        <source>Lost sales, mln</source>
        <translation>Упущенные продажи, млн</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="255"/>
        <source>previous window</source>
        <translation>прошлый период</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="268"/>
        <source>This window</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="275"/>
        <source>Previous window</source>
        <translation>Прошлый период</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="278"/>
        <source>Rank of the client</source>
        <translation>Место клиента</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="280"/>
        <source>Share of company revenue</source>
        <translation>Доля в выручке компании</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="302"/>
        <source>12 largest regions</source>
        <translation>12 крупнейших регионов</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="313"/>
        <source>Relationship (strong ← → weak)</source>
        <translation>Отношение (сильное ← → слабое)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="314"/>
        <source>Attractiveness</source>
        <translation>Привлекательность</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="334"/>
        <location filename="../../ui/analytics/labels.py" line="122"/>
        <source>Discount, % of list</source>
        <translation>Скидка, % от прайса</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="336"/>
        <location filename="../../ui/analytics/labels.py" line="129"/>
        <source>Excess, % of revenue</source>
        <translation>Лишняя скидка, % выручки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="340"/>
        <source>Policy maximum</source>
        <translation>Максимум по политике</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="356"/>
        <location filename="../../ui/analytics/chart.py" line="357"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart.py" line="361"/>
        <location filename="../../ui/analytics/labels.py" line="139"/>
        <source>Cost per new client</source>
        <translation>Затраты на нового клиента</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="37"/>
        <source>ABC-XYZ: revenue and stability</source>
        <translation>ABC-XYZ: выручка и стабильность</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="38"/>
        <source>KML: whom to sell to</source>
        <translation>KML: кому продавать (перспективность)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="39"/>
        <source>SPL: how to sell (payment behaviour)</source>
        <translation>SPL: как продавать (платёжная дисциплина)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="40"/>
        <source>PSC: personas</source>
        <translation>PSC: персоны</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="41"/>
        <source>PSC: the 27 P_S_C cells</source>
        <translation>PSC: 27 ячеек P_S_C</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="42"/>
        <source>DSL: what to sell (assortment breadth)</source>
        <translation>DSL: что продавать (широта ассортимента)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="43"/>
        <source>Purchase behaviour</source>
        <translation>Покупательское поведение</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="44"/>
        <source>Lost sales by channel</source>
        <translation>Упущенные продажи по каналам</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="45"/>
        <source>Lost sales by manager</source>
        <translation>Упущенные продажи по менеджерам</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="46"/>
        <source>ABC × potential capacity</source>
        <translation>ABC × потенциальная ёмкость</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="47"/>
        <source>Top clients&apos; share of revenue</source>
        <translation>Доля крупнейших клиентов в выручке</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="48"/>
        <source>Acquisition and coverage by region</source>
        <translation>Привлечение и охват по регионам</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="49"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="50"/>
        <source>BCG strategies: relationship × attractiveness</source>
        <translation>Стратегии BCG: отношение × привлекательность</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="53"/>
        <source>Discounts by BCG strategy</source>
        <translation>Скидки по стратегиям BCG</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="54"/>
        <source>Discounts by manager</source>
        <translation>Скидки по менеджерам</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="55"/>
        <source>Discounts by product group</source>
        <translation>Скидки по товарным группам</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="56"/>
        <source>Discounts by ABC class</source>
        <translation>Скидки по классам ABC</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="57"/>
        <source>Acquisition by channel: leads, new clients (their revenue and gross profit in their first 12 months), cost</source>
        <translation>Привлечение по каналам: лиды, новые клиенты (их выручка и валовая прибыль за первые 12 месяцев), затраты</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="69"/>
        <source>Unknown potential</source>
        <translation>Потенциал неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="72"/>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="73"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="74"/>
        <source>Small</source>
        <translation>Малый</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="78"/>
        <source>, before</source>
        <translation>, ранее</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="81"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="83"/>
        <source>% of revenue</source>
        <translation>% выручки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="84"/>
        <source>Gross profit</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="85"/>
        <source>% of gross profit</source>
        <translation>% валовой прибыли</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="87"/>
        <source>% of clients</source>
        <translation>% клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="88"/>
        <source>LTV per client</source>
        <translation>LTV на клиента</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="89"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="90"/>
        <source>Check depth</source>
        <translation>Глубина чека</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="91"/>
        <source>Average SKU cost</source>
        <translation>Средняя стоимость SKU</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="92"/>
        <source>Orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="93"/>
        <source>Slots</source>
        <translation>Слоты</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="94"/>
        <source>SKUs sold</source>
        <translation>Проданных SKU</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="95"/>
        <source>Checks per client</source>
        <translation>Чеков на клиента</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="96"/>
        <source>Deals per client</source>
        <translation>Сделок на клиента</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="97"/>
        <source>D (product groups)</source>
        <translation>D (товарных групп)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="98"/>
        <source>Average SOW</source>
        <translation>Средняя доля кошелька (SOW)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="99"/>
        <source>Days since purchase</source>
        <translation>Дней с покупки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="100"/>
        <source>Competitors</source>
        <translation>Конкурентов</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="101"/>
        <source>Regions</source>
        <translation>Регионов</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="102"/>
        <source>Capacity units</source>
        <translation>Единицы ёмкости</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="103"/>
        <source>Revenue per capacity unit</source>
        <translation>Доход на единицу ёмкости</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="106"/>
        <source>Lost sales</source>
        <translation>Упущенные продажи</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="107"/>
        <source>Revenue before</source>
        <translation>Выручка ранее</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="108"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="109"/>
        <source>Client before</source>
        <translation>Клиент ранее</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="110"/>
        <source>% of revenue before</source>
        <translation>% выручки ранее</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="111"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="112"/>
        <source>Acquired</source>
        <translation>Привлечённые</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="113"/>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="114"/>
        <source>All possible clients</source>
        <translation>Всего возможных клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="115"/>
        <source>% acquisition</source>
        <translation>% привлечения</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="116"/>
        <source>% coverage</source>
        <translation>% охвата</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="117"/>
        <location filename="../../ui/analytics/labels.py" line="154"/>
        <source>Falling</source>
        <translation>Падающие</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="118"/>
        <location filename="../../ui/analytics/labels.py" line="153"/>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="119"/>
        <source>% of lost sales</source>
        <translation>% упущенных продаж</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="120"/>
        <source>List amount</source>
        <translation>Сумма по прайсу</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="121"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="123"/>
        <source>Lines with discount data</source>
        <translation>Строк с данными о скидке</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="124"/>
        <source>Lines above the policy</source>
        <translation>Строк сверх политики</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="125"/>
        <source>% of lines above the policy</source>
        <translation>% строк сверх политики</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="128"/>
        <source>Excess discount</source>
        <translation>Лишняя скидка</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="130"/>
        <source>Implicit discount (late payment)</source>
        <translation>Неявная скидка (просрочка оплаты)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="133"/>
        <source>Excess + implicit, % of revenue</source>
        <translation>Лишняя + неявная, % выручки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="136"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="137"/>
        <source>Lead → client</source>
        <translation>Лид → клиент</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="138"/>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="151"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="152"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="155"/>
        <source>Growing</source>
        <translation>Растущие</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="156"/>
        <source>Stable</source>
        <translation>Стабильные</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="157"/>
        <source>Returned</source>
        <translation>Вернувшиеся</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="158"/>
        <source>Dormant</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="159"/>
        <source>Prospect (never bought)</source>
        <translation>Потенциальные (не покупали)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="160"/>
        <source>Best</source>
        <translation>Лучшие</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="161"/>
        <source>Stingy (systematic, much cheap)</source>
        <translation>Жмоты (системно, много дешёвого)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="162"/>
        <source>Much expensive, not systematic</source>
        <translation>Много дорогого, но не системно</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="165"/>
        <source>Systematically expensive, but little</source>
        <translation>Системно дорогое, но мало</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="168"/>
        <source>Normal</source>
        <translation>Нормальные</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="169"/>
        <source>Level 1: buy one thing, never tried others</source>
        <translation>Уровень 1: покупают одно, другое не пробовали</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="172"/>
        <source>Level 2: tried others, still buy one</source>
        <translation>Уровень 2: пробовали другое, покупают одно</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="173"/>
        <source>Level 3: buy broadly</source>
        <translation>Уровень 3: покупают широко</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="174"/>
        <source>(no region)</source>
        <translation>(регион не указан)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="175"/>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="176"/>
        <source>(no factor scored)</source>
        <translation>(нет оценённых факторов)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="177"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="178"/>
        <source>Events (trade fairs, seminars)</source>
        <translation>Мероприятия (выставки, семинары)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="179"/>
        <source>Referrals</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="180"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="181"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="182"/>
        <source>Cold calls</source>
        <translation>Холодные звонки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="183"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="184"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="185"/>
        <source>(source not recorded)</source>
        <translation>(источник не указан)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="193"/>
        <source>No cost in the sales data: gross profit is shown equal to revenue.</source>
        <translation>В данных о продажах нет себестоимости: валовая прибыль показана равной выручке.</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="196"/>
        <source>No competitor data for %1 clients: they count as K1 (no competition) and M3.</source>
        <translation>Клиентов без данных о конкурентах: %1; они считаются K1 (без конкуренции) и M3.</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="200"/>
        <source>No receivables data: every client is P3 (pays on time).</source>
        <translation>Нет данных о дебиторской задолженности: все клиенты P3 (платят вовремя).</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="203"/>
        <source>%1 clients have no capacity units and are left out of C (PSC).</source>
        <translation>Клиентов без указанной ёмкости: %1; они не входят в C (PSC).</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="206"/>
        <source>No region universe imported: potential, all possible clients and coverage are empty.</source>
        <translation>Справочник регионов не загружен: потенциал, число возможных клиентов и охват пусты.</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="210"/>
        <source>%1 clients have no potential or business size: counted under Unknown potential.</source>
        <translation>Клиентов без потенциала или размера бизнеса: %1; они учтены в графе «Потенциал неизвестен».</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/labels.py" line="214"/>
        <source>%1 of %2 lines carry no discount (no discount, list price or discount % column): they count in revenue only.</source>
        <translation>В %1 из %2 строк нет данных о скидке (ни скидки, ни цены по прайсу, ни процента скидки): они учтены только в выручке.</translation>
    </message>
</context>
<context>
    <name>AnalyticsScreen</name>
    <message>
        <location filename="../../ui/analytics/screen.py" line="79"/>
        <source>The last day of the analysis window</source>
        <translation>Последний день периода анализа</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="82"/>
        <source>Latest sale</source>
        <translation>Последняя продажа</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="83"/>
        <source>Set the as-of date to the latest sale date</source>
        <translation>Взять дату последней продажи</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="88"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="90"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="91"/>
        <source>Compute again from the data (F5)</source>
        <translation>Пересчитать по данным (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="93"/>
        <source>&amp;Export table…</source>
        <translation>&amp;Выгрузить таблицу…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="94"/>
        <source>Save the table as .xlsx or .csv (Ctrl+E)</source>
        <translation>Сохранить таблицу в .xlsx или .csv (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="96"/>
        <source>Save &amp;chart…</source>
        <translation>Сохранить &amp;диаграмму…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="97"/>
        <source>Save the chart as .png or .svg</source>
        <translation>Сохранить диаграмму в .png или .svg</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="103"/>
        <source>&amp;Segmentation:</source>
        <translation>&amp;Сегментация:</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="107"/>
        <source>&amp;As of:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="113"/>
        <source>&amp;Window:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="139"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="174"/>
        <source>There are no sales yet. Import a sales file or create the demo company.</source>
        <translation>Продаж пока нет. Импортируйте файл продаж или создайте демо-компанию.</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="181"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="269"/>
        <source>Reading the sales lines…</source>
        <translation>Чтение строк продаж…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="270"/>
        <source>Computing the per-client metrics…</source>
        <translation>Расчёт показателей по клиентам…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="271"/>
        <source>Building the segment tables…</source>
        <translation>Построение таблиц сегментов…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="295"/>
        <source>The analysis could not be computed: %1</source>
        <translation>Не удалось выполнить расчёт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="344"/>
        <source>%1 months to %2 · %3 clients in the table · double-click a row for its accounts</source>
        <translation>%1 мес. по %2 · клиентов в таблице: %3 · двойной щелчок по строке — расшифровка</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="357"/>
        <source>excess and implicit discounts: %1 ₽, %2 of revenue</source>
        <translation>лишние и неявные скидки: %1&#xa0;₽, %2 выручки</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="443"/>
        <source>Drawing the chart…</source>
        <translation>Построение диаграммы…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="487"/>
        <source>Export the table</source>
        <translation>Выгрузка таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="489"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, через запятую (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="499"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="507"/>
        <source>The table could not be saved: %1</source>
        <translation>Не удалось сохранить таблицу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="510"/>
        <location filename="../../ui/analytics/screen.py" line="534"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="517"/>
        <source>Save the chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="519"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/screen.py" line="531"/>
        <source>The chart could not be saved: %1</source>
        <translation>Не удалось сохранить диаграмму: %1</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="51"/>
        <source>Survey answer</source>
        <translation>Ответ на опрос</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="58"/>
        <source>not asked</source>
        <translation>не спрашивали</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="62"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="63"/>
        <source>Our department rated:</source>
        <translation>Оцениваемый отдел:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="64"/>
        <source>Would recommend us, 0–10:</source>
        <translation>Готовность рекомендовать, 0–10:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="66"/>
        <source>Ratings 1–5 (0: not rated) and their importance</source>
        <translation>Оценки 1–5 (0 — без оценки) и их важность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="79"/>
        <source>importance</source>
        <translation>важность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="83"/>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="105"/>
        <source>Give the NPS score or at least one rating.</source>
        <translation>Укажите оценку NPS или хотя бы одну оценку атрибута.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../ui/events/capture.py" line="59"/>
        <source>Quick capture: %1</source>
        <translation>Быстрый ввод: %1</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="62"/>
        <source>10 or 12 digits, if known</source>
        <translation>10 или 12 цифр, если известен</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="68"/>
        <source>comma between groups</source>
        <translation>группы через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="78"/>
        <source>Send the proposal</source>
        <translation>Отправить КП</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="78"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="79"/>
        <source>Arrange a meeting</source>
        <translation>Назначить встречу</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="79"/>
        <source>Send the catalogue</source>
        <translation>Отправить каталог</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="83"/>
        <source>for example: send the proposal (↓ for the usual)</source>
        <translation>например: отправить КП (↓ — обычные шаги)</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="92"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="92"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="92"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="92"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="101"/>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="102"/>
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="104"/>
        <source>&amp;Person:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="105"/>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="106"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="107"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="108"/>
        <source>Product &amp;groups:</source>
        <translation>Товарные &amp;группы:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="109"/>
        <source>Quick &amp;BANT (0–3):</source>
        <translation>Экспресс-&amp;BANT (0–3):</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="112"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="113"/>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Следующий шаг:</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="119"/>
        <source>Already known? (Alt+1…Alt+3 to add the lead to it)</source>
        <translation>Уже есть в базе? (Alt+1…Alt+3 — добавить лид к нему)</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="122"/>
        <source>Save and next (Enter)</source>
        <translation>Сохранить и дальше (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="125"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="188"/>
        <source>same INN</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="189"/>
        <source>same name</source>
        <translation>то же наименование</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="190"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="191"/>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="218"/>
        <source>The lead will be added to %1.</source>
        <translation>Лид будет добавлен к клиенту %1.</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="220"/>
        <source>A new account will be made.</source>
        <translation>Будет создан новый клиент.</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="228"/>
        <source>INN checked</source>
        <translation>ИНН проверен</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="230"/>
        <source>not a valid INN yet (10 or 12 digits with a checksum)</source>
        <translation>пока не верный ИНН (10 или 12 цифр с контрольной суммой)</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="273"/>
        <source>Saved: %1 (%2). Leads today: %3.</source>
        <translation>Сохранено: %1 (%2). Лидов сегодня: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/events/capture.py" line="275"/>
        <source>Added to %1 (%2). Leads today: %3.</source>
        <translation>Добавлено к %1 (%2). Лидов сегодня: %3.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="61"/>
        <source>Add from the catalogue</source>
        <translation>Добавить из каталога</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="65"/>
        <source>SKU, name or group</source>
        <translation>Артикул, название или группа</translation>
    </message>
</context>
<context>
    <name>CloseTaskDialog</name>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="278"/>
        <source>Close the task</source>
        <translation>Закрыть задачу</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="280"/>
        <source>What came of it: agreed, refused, moved…</source>
        <translation>Чем закончилось: договорились, отказ, перенесли…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="282"/>
        <source>It did not happen (cancelled)</source>
        <translation>Не состоялась (отменена)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="284"/>
        <source>The next step, if there is one</source>
        <translation>Следующий шаг, если он есть</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="288"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="290"/>
        <source>Next task:</source>
        <translation>Следующая задача:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="291"/>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/settings/company.py" line="55"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="56"/>
        <source>Signer and contacts</source>
        <translation>Подписант и контакты</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="57"/>
        <location filename="../../ui/settings/company.py" line="189"/>
        <source>No logo</source>
        <translation>Логотипа нет</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="60"/>
        <source>Choose a logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="62"/>
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="71"/>
        <source>Logo (PNG or JPEG, up to 1 MB):</source>
        <translation>Логотип (PNG или JPEG, до 1 МБ):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="72"/>
        <source>Default terms of a new proposal</source>
        <translation>Условия нового КП по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="73"/>
        <source>&amp;Save the profile</source>
        <translation>&amp;Сохранить профиль</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="79"/>
        <source>Printed on every proposal: the letterhead, the requisites and the signature. Kept with the data, so the whole team shares it.</source>
        <translation>Печатается в каждом КП: бланк, реквизиты и подпись. Хранится вместе с данными, поэтому он общий для всей команды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="107"/>
        <source>Company name:</source>
        <translation>Название компании:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="108"/>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="109"/>
        <source>KPP:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="110"/>
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="111"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="112"/>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="113"/>
        <source>Settlement account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="114"/>
        <source>BIK:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="115"/>
        <source>Correspondent account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="116"/>
        <source>Signer (full name):</source>
        <translation>Подписант (ФИО):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="117"/>
        <source>Signer&apos;s position:</source>
        <translation>Должность подписанта:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="118"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="119"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="120"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="121"/>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="122"/>
        <source>Delivery:</source>
        <translation>Поставка:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="123"/>
        <source>Warranty:</source>
        <translation>Гарантия:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="124"/>
        <source>Proposal numbers:</source>
        <translation>Номера КП:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="129"/>
        <source>LLC «Northern Stream»</source>
        <translation>ООО «Северный поток»</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="130"/>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="131"/>
        <location filename="../../ui/settings/company.py" line="132"/>
        <source>20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="133"/>
        <source>9 digits</source>
        <translation>9 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="134"/>
        <source>Surname First Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="135"/>
        <source>e.g. 50 % in advance, the rest within 10 days</source>
        <translation>например, предоплата 50 %, остаток в течение 10 дней</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="142"/>
        <source>The INN is not valid: 10 or 12 digits with the right check digits.</source>
        <translation>ИНН неверен: нужно 10 или 12 цифр с верными контрольными цифрами.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="143"/>
        <source>The KPP is not valid: 9 characters.</source>
        <translation>КПП неверен: нужно 9 знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="144"/>
        <source>The OGRN is not valid: 13 or 15 digits with the right check digit.</source>
        <translation>ОГРН неверен: нужно 13 или 15 цифр с верной контрольной цифрой.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="145"/>
        <source>The BIK is not valid: 9 digits.</source>
        <translation>БИК неверен: нужно 9 цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="147"/>
        <source>The settlement account is not valid: 20 digits whose key matches the BIK.</source>
        <translation>Расчётный счёт неверен: нужно 20 цифр, ключ которых сходится с БИК.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="150"/>
        <source>The correspondent account is not valid: 20 digits whose key matches the BIK.</source>
        <translation>Корреспондентский счёт неверен: нужно 20 цифр, ключ которых сходится с БИК.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="152"/>
        <source>The e-mail address is not valid.</source>
        <translation>Адрес e-mail неверен.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="153"/>
        <source>The phone number is not valid, e.g. +7 495 123-45-67.</source>
        <translation>Номер телефона неверен; пример: +7 495 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="155"/>
        <source>The number pattern needs {NNNN} for the sequence, e.g. КП-{YYYY}-{NNNN}.</source>
        <translation>В шаблоне номера нужен {NNNN} для порядкового номера, например КП-{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="157"/>
        <source>The logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>Логотип — изображение PNG или JPEG не больше 1 МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="196"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="196"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="202"/>
        <source>Save to keep the new logo.</source>
        <translation>Сохраните, чтобы оставить новый логотип.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/company.py" line="214"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="37"/>
        <source>economic buyer</source>
        <translation>экономический покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="38"/>
        <source>technical buyer</source>
        <translation>технический покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="39"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="40"/>
        <source>coach</source>
        <translation>коуч (проводник)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="43"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="44"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="45"/>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="46"/>
        <source>Buying role</source>
        <translation>Роль в закупке</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="47"/>
        <source>Decision maker (ЛПР)</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="48"/>
        <source>Influencer (ЛВР)</source>
        <translation>ЛВР</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="49"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="52"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="58"/>
        <source>No decision maker (ЛПР) in the buying committee yet.</source>
        <translation>В закупочном комитете пока нет ЛПР.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="62"/>
        <source>The committee has %1 people; a B2B purchase involves 5.4 on average: who else decides or influences?</source>
        <translation>В комитете %1 чел.; в B2B-закупке участвуют в среднем 5,4 человека: кто ещё принимает решение или влияет на него?</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="320"/>
        <source>Dashboard</source>
        <translation>Панель KPI</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="325"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="326"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="327"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="347"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="350"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="356"/>
        <source>Plan to &amp;date</source>
        <translation>План на &amp;дату</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="359"/>
        <source>While the period is in progress, compare with the plan of the days gone by (the revenue plan, new clients and the activity norm)</source>
        <translation>Пока период идёт, сравнивать с планом на прошедшие дни (план выручки, новые клиенты и норма активностей)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="366"/>
        <source>&amp;Plans…</source>
        <translation>&amp;Планы…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="367"/>
        <source>Type the managers&apos; monthly plans</source>
        <translation>Ввести месячные планы менеджеров</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="388"/>
        <source>NPS and CSI by our department and quarter</source>
        <translation>NPS и CSI по нашим отделам и кварталам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="389"/>
        <source>OTIF by manager</source>
        <translation>OTIF по менеджерам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="396"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="397"/>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="431"/>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="432"/>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="433"/>
        <source>Passives</source>
        <translation>Нейтральные</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="434"/>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="437"/>
        <source>Deliveries</source>
        <translation>Поставок</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="438"/>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="439"/>
        <source>In full</source>
        <translation>В полном объёме</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="444"/>
        <source>Department · quarter</source>
        <translation>Отдел · квартал</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="445"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="447"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="480"/>
        <source>Sales plan</source>
        <translation>План продаж</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="481"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="482"/>
        <source>Stable base</source>
        <translation>Стабильная база</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="483"/>
        <source>Orders vs a year before</source>
        <translation>Заказы к прошлому году</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="484"/>
        <source>Funnel conversion</source>
        <translation>Конверсия воронки</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="485"/>
        <source>Activity norm</source>
        <translation>Норма активностей</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="486"/>
        <source>Assortment matrix</source>
        <translation>Ассортиментная матрица</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="516"/>
        <source>The whole company</source>
        <translation>Вся компания</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="518"/>
        <source>Department: %1</source>
        <translation>Отдел: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="591"/>
        <source>Cannot compute the panel: %1</source>
        <translation>Не удалось рассчитать панель: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="607"/>
        <source>in progress: month %1 of %2</source>
        <translation>идёт: месяц %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="613"/>
        <source>in progress: day %1 of %2</source>
        <translation>идёт: день %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="618"/>
        <source>plans to date (%1 of the period)</source>
        <translation>планы на дату (%1 периода)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="691"/>
        <source>Orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="692"/>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="693"/>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="694"/>
        <source>Product groups bought</source>
        <translation>Куплено товарных групп</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="627"/>
        <source>no accounts yet: import your data or create the demo company</source>
        <translation>клиентов пока нет: импортируйте данные или создайте демо-компанию</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="598"/>
        <source>%1: %2 – %3 · %4</source>
        <translation>%1: %2 – %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="648"/>
        <source>no assortment matrix in Settings</source>
        <translation>ассортиментная матрица не задана в настройках</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="651"/>
        <source>fact %1 · plan to date %2</source>
        <translation>факт %1 · план на дату %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="653"/>
        <source>period&apos;s plan %1</source>
        <translation>план периода %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="656"/>
        <source>a year before</source>
        <translation>год назад</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="657"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="658"/>
        <source>period before</source>
        <translation>прошлый период</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="659"/>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="660"/>
        <source>won</source>
        <translation>выиграно</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="660"/>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="665"/>
        <source>not done %1</source>
        <translation>не выполнено %1</translation>
    </message>
</context>
<context>
    <name>DiscountsBox</name>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="52"/>
        <source>Discounts against the policy</source>
        <translation>Скидки относительно политики</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="55"/>
        <source>computing…</source>
        <translation>рассчитывается…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="59"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="59"/>
        <source>List amount</source>
        <translation>Сумма по прайсу</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="59"/>
        <location filename="../../ui/account_card/discounts.py" line="65"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="60"/>
        <source>% of list</source>
        <translation>% от прайса</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="60"/>
        <location filename="../../ui/account_card/discounts.py" line="65"/>
        <source>Excess, ₽</source>
        <translation>Лишняя, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="64"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="64"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="64"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="64"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="65"/>
        <source>Allowed</source>
        <translation>Допустимо</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="68"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="71"/>
        <source>Lines above the policy</source>
        <translation>Строки сверх политики</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="97"/>
        <source>No discount data in the sales of the window (no discount, list price or discount % column was imported).</source>
        <translation>В продажах периода нет данных о скидках (не загружены ни скидка, ни цена по прайсу, ни процент скидки).</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="104"/>
        <source>The policy allows %1 for this account; it was given %2 of the list price on average, %3 of %4 lines above the policy, %5 ₽ of excess discount.</source>
        <translation>Политика допускает для этого клиента %1; в среднем дано %2 от цены по прайсу, %3 из %4 строк сверх политики, лишняя скидка %5&#xa0;₽.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="111"/>
        <source> (more for a larger deal)</source>
        <translation> (больше — для крупной сделки)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="138"/>
        <source>Lines above the policy: %1</source>
        <translation>Строки сверх политики: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/discounts.py" line="140"/>
        <source>Lines above the policy: %1, the %2 largest shown</source>
        <translation>Строки сверх политики: %1, показаны %2 крупнейших</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="150"/>
        <location filename="../../ui/dashboard/screen.py" line="181"/>
        <location filename="../../ui/dashboard/screen.py" line="255"/>
        <location filename="../../ui/dashboard/screen.py" line="278"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="150"/>
        <location filename="../../ui/dashboard/screen.py" line="256"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="150"/>
        <location filename="../../ui/dashboard/screen.py" line="257"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="150"/>
        <location filename="../../ui/dashboard/screen.py" line="258"/>
        <source>Revenue, ₽</source>
        <translation>Выручка, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="176"/>
        <source>Accounts (%1)</source>
        <translation>Клиенты (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="182"/>
        <location filename="../../ui/dashboard/screen.py" line="279"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="183"/>
        <location filename="../../ui/dashboard/screen.py" line="280"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="184"/>
        <location filename="../../ui/dashboard/screen.py" line="281"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="185"/>
        <location filename="../../ui/dashboard/screen.py" line="282"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="186"/>
        <location filename="../../ui/dashboard/screen.py" line="283"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="187"/>
        <location filename="../../ui/dashboard/screen.py" line="284"/>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="204"/>
        <source>Sales lines (%1)</source>
        <translation>Строки продаж (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="206"/>
        <source>&amp;Export to .xlsx…</source>
        <translation>&amp;Экспорт в .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="208"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="243"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="245"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="253"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="276"/>
        <source>Sales lines</source>
        <translation>Строки продаж</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="301"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
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
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/events/screen.py" line="83"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="83"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="97"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="98"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="99"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="100"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="102"/>
        <source>Stand, ₽:</source>
        <translation>Стенд, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="103"/>
        <source>Travel, ₽:</source>
        <translation>Командировки, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="104"/>
        <source>Materials, ₽:</source>
        <translation>Материалы, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="105"/>
        <source>Staff, ₽:</source>
        <translation>Персонал, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="138"/>
        <source>An event needs a name.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="142"/>
        <source>An event cannot end before it starts.</source>
        <translation>Мероприятие не может закончиться раньше, чем началось.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../ui/events/screen.py" line="52"/>
        <source>trade fair</source>
        <translation>выставка</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="53"/>
        <source>seminar</source>
        <translation>семинар</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="54"/>
        <source>conference</source>
        <translation>конференция</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="55"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="56"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="57"/>
        <source>qualified (BANT ≥ 9)</source>
        <translation>квалифицирован (BANT ≥ 9)</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="58"/>
        <source>opportunity</source>
        <translation>сделка</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="59"/>
        <source>won</source>
        <translation>сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="60"/>
        <source>first purchase</source>
        <translation>первая покупка</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../../ui/events/screen.py" line="166"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="168"/>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="169"/>
        <source>A trade fair, seminar or conference (Ctrl+N)</source>
        <translation>Выставка, семинар или конференция (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="171"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="173"/>
        <source>Quick &amp;capture…</source>
        <translation>&amp;Быстрый ввод лидов…</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="175"/>
        <source>Capture the leads at the stand (Ctrl+L)</source>
        <translation>Ввод лидов на стенде (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="177"/>
        <source>E&amp;xport leads…</source>
        <translation>&amp;Выгрузить лиды…</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="178"/>
        <source>The event&apos;s leads with their status (Ctrl+E)</source>
        <translation>Лиды мероприятия со статусом (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="180"/>
        <source>Follow-up &amp;tasks</source>
        <translation>&amp;Задачи по лидам</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="182"/>
        <source>A follow-up task for every lead with no open task, due in two days</source>
        <translation>Задача «связаться» каждому лиду без открытой задачи, через два дня</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="192"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="192"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="192"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="192"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="193"/>
        <source>Cost, ₽</source>
        <translation>Затраты, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="193"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="193"/>
        <source>New clients</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="194"/>
        <source>Gross profit, 12 mo., ₽</source>
        <translation>Валовая прибыль за 12 мес., ₽</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="194"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="198"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="198"/>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="198"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="198"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="199"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="199"/>
        <source>BANT</source>
        <translation>BANT</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="199"/>
        <source>Next task</source>
        <translation>Следующая задача</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="199"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="225"/>
        <source>No events yet. «New event…» (Ctrl+N) adds the trade fair you go to; then «Quick capture» takes its leads at the stand.</source>
        <translation>Мероприятий пока нет. «Новое мероприятие…» (Ctrl+N) добавляет выставку, на которую вы едете; затем «Быстрый ввод лидов» принимает лидов на стенде.</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="300"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="304"/>
        <source>Cost per lead %1 · per new client %2 · gross profit of the new clients in the 12 months from the event %3 · ROI %4</source>
        <translation>Затраты на лид %1 · на нового клиента %2 · валовая прибыль новых клиентов за 12 месяцев с начала мероприятия %3 · ROI %4</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="314"/>
        <source> (known account)</source>
        <translation> (клиент из базы)</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="368"/>
        <source>Export the leads</source>
        <translation>Выгрузить лиды</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="369"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="389"/>
        <source>Every lead has an open task.</source>
        <translation>У каждого лида есть открытая задача.</translation>
    </message>
    <message>
        <location filename="../../ui/events/screen.py" line="391"/>
        <source>Follow up after «%1»</source>
        <translation>Связаться после «%1»</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../ui/importing/labels.py" line="10"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="11"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="12"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="13"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="14"/>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="15"/>
        <source>Deliveries</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="16"/>
        <source>Surveys (NPS, CSI)</source>
        <translation>Опросы (NPS, CSI)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="17"/>
        <source>Sales plans</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="18"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="19"/>
        <source>Channel costs</source>
        <translation>Затраты на каналы</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="25"/>
        <source>Client name</source>
        <translation>Наименование клиента</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="26"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="27"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="28"/>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="29"/>
        <source>Industry (market)</source>
        <translation>Отрасль (рынок)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="30"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="31"/>
        <location filename="../../ui/importing/labels.py" line="75"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="32"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="33"/>
        <source>Business size</source>
        <translation>Размер бизнеса</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="34"/>
        <source>Potential (yearly spend)</source>
        <translation>Потенциал (закупки в год)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="35"/>
        <source>Capacity units</source>
        <translation>Единицы ёмкости</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="37"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="38"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="39"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="40"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="41"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="42"/>
        <source>Document no.</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="43"/>
        <source>SKU</source>
        <translation>Артикул (SKU)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="44"/>
        <source>Product</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="45"/>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="46"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="47"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="48"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="49"/>
        <source>Cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="50"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="51"/>
        <source>List price</source>
        <translation>Цена по прайсу</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="52"/>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="53"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="54"/>
        <source>Contact name</source>
        <translation>ФИО контакта</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="55"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="56"/>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="57"/>
        <source>Buying role</source>
        <translation>Роль в закупке</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="58"/>
        <source>Decision maker (ЛПР)</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="59"/>
        <source>Influencer (ЛВР)</source>
        <translation>ЛВР</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="60"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="61"/>
        <source>Share of wallet</source>
        <translation>Доля кошелька</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="62"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="63"/>
        <source>Issued</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="64"/>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="65"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="66"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="67"/>
        <source>Promised date</source>
        <translation>Обещанная дата</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="68"/>
        <source>Delivered on</source>
        <translation>Дата поставки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="69"/>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="70"/>
        <source>Delivered qty</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="71"/>
        <source>NPS score (0–10)</source>
        <translation>Оценка NPS (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="72"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="73"/>
        <source>CSI rating (1–5)</source>
        <translation>Оценка CSI (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="74"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="76"/>
        <source>Revenue plan</source>
        <translation>План выручки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="77"/>
        <source>New clients plan</source>
        <translation>План по новым клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="78"/>
        <source>All possible clients</source>
        <translation>Всего возможных клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/importing/labels.py" line="79"/>
        <source>Potential (targeted) clients</source>
        <translation>Потенциальные (целевые) клиенты</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>the cell holds the formula error %1</source>
        <translation>в ячейке ошибка формулы %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>«%1» is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>the cell holds no finite number</source>
        <translation>в ячейке нет конечного числа</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>«%1» is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>«%1» is not a share between 0 and 100%</source>
        <translation>«%1» — не доля от 0 до 100%</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>«%1» is not a real date</source>
        <translation>«%1» — несуществующая дата</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>«%1» is not a date (expected dd.mm.yyyy or yyyy-mm-dd)</source>
        <translation>«%1» — не дата (ожидается дд.мм.гггг или гггг-мм-дд)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>«%1» is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>%1 is before 1 March 1900, where Excel&apos;s calendar counts a 29 February 1900 that never was: check the date</source>
        <translation>%1 — раньше 1 марта 1900 г., где календарь Excel считает несуществующее 29 февраля 1900 г.: проверьте дату</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>«%1» is not a month</source>
        <translation>«%1» — не месяц</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>«%1» is not an INN (10 or 12 digits)</source>
        <translation>«%1» — не ИНН (10 или 12 цифр)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>INN %1 fails its checksum</source>
        <translation>ИНН %1 не проходит проверку контрольной суммы</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>«%1» is not a KPP (9 characters)</source>
        <translation>«%1» — не КПП (9 знаков)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>«%1» is not one of the 12 markets</source>
        <translation>«%1» — не один из 12 рынков</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>«%1» is not a business size (large, medium, small)</source>
        <translation>«%1» — не размер бизнеса (крупный, средний, малый)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>«%1» is not a status (client or prospect)</source>
        <translation>«%1» — не статус (клиент или потенциальный)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>«%1» is not a lead source (search, event, referral, website, email, cold call, partner, other)</source>
        <translation>«%1» — не источник лида (поиск, мероприятие, рекомендация, сайт, рассылка, холодный звонок, партнёр, другое)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>«%1» is not a buying role (economic, technical, user, coach)</source>
        <translation>«%1» — не роль в закупке (экономический, технический, пользователь, коуч)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>«%1» is neither yes nor no</source>
        <translation>«%1» — ни «да», ни «нет»</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>«%1» is not an NPS score from 0 to 10</source>
        <translation>«%1» — не оценка NPS от 0 до 10</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>«%1» is not a rating from 1 to 5</source>
        <translation>«%1» — не оценка от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>the text is %1 characters long; this field holds at most %2</source>
        <translation>длина текста — %1 симв., а в этом поле помещается не больше %2</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>no client: %1 empty</source>
        <translation>нет клиента: пусто в %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>empty: %1</source>
        <translation>пусто: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>the same client as row %1 with other values; row %1 was kept</source>
        <translation>тот же клиент, что в строке %1, с другими значениями; оставлена строка %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>the same record as row %1; it was kept</source>
        <translation>та же запись, что в строке %1; она оставлена</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>a quote opened on line %1 is not closed, so lines %1–%2 were read as one cell; close the quote in the file</source>
        <translation>кавычка, открытая в строке %1, не закрыта, и строки %1–%2 прочитаны как одна ячейка; закройте кавычку в файле</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>%1 is not a regular file (a pipe or a device), so it was not read.</source>
        <translation>%1 — не обычный файл (канал или устройство), поэтому он не прочитан.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>The file cannot be opened: %1.</source>
        <translation>Не удалось открыть файл: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>The file is empty: no sheet holds any data.</source>
        <translation>Файл пуст: ни на одном листе нет данных.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>The file is not a spreadsheet, although its name ends in %1.</source>
        <translation>Файл не является таблицей, хотя его имя оканчивается на %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>The file is neither a spreadsheet nor a text table (CSV).</source>
        <translation>Файл не является ни таблицей Excel, ни текстовой таблицей (CSV).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>The file is damaged or incomplete (it may not have finished downloading).</source>
        <translation>Файл повреждён или неполный (возможно, загрузка не завершилась).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>The file is damaged and cannot be read (%1).</source>
        <translation>Файл повреждён и не читается (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The workbook&apos;s structure cannot be read (%1).</source>
        <translation>Не удаётся прочитать структуру книги (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>The file is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>Файл защищён паролем: откройте его в Excel, снимите пароль (Файл → Сведения → Защита книги) и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>The file contains XML entity declarations, which spreadsheets never need; it was refused as unsafe.</source>
        <translation>Файл содержит объявления XML-сущностей, которые таблицам не нужны; он отклонён как небезопасный.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>The file&apos;s XML has no content where it should begin.</source>
        <translation>В XML файла нет содержимого там, где оно должно начинаться.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>Part %1 of the file would inflate to %2 bytes; it was refused as unsafe.</source>
        <translation>Часть %1 файла распаковалась бы в %2 байт; файл отклонён как небезопасный.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>Part %1 of the file is compressed far more than real spreadsheets are; it was refused as a possible zip bomb.</source>
        <translation>Часть %1 файла сжата намного сильнее, чем бывают настоящие таблицы; файл отклонён как возможная zip-бомба.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <location filename="../../ui/messages.py" line="143"/>
        <source>Sheet «%1» is larger than Excel itself allows; it was not read.</source>
        <translation>Лист «%1» больше, чем допускает сам Excel; он не прочитан.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>A sheet declares %1 rows, more than Excel itself allows (%2); it was not read.</source>
        <translation>В листе заявлено строк: %1 — больше, чем допускает сам Excel (%2); лист не прочитан.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>The file has more than %1 rows, more than Excel itself allows.</source>
        <translation>В файле больше %1 строк — больше, чем допускает сам Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>Line %1 has more than %2 columns, more than Excel itself allows; the file was not read.</source>
        <translation>В строке %1 больше %2 столбцов — больше, чем допускает сам Excel; файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Sheet «%1» is too large to import.</source>
        <translation>Лист «%1» слишком велик для импорта.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Файл больше %1 МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>The file is not a readable CSV table (%1).</source>
        <translation>Файл не читается как таблица CSV (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>The file is a Word document, not a spreadsheet.</source>
        <translation>Файл — документ Word, а не таблица.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The file is a zip archive, not a spreadsheet.</source>
        <translation>Файл — zip-архив, а не таблица.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>The workbook has no worksheets.</source>
        <translation>В книге нет листов.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>The file&apos;s text encoding is not UTF-8, UTF-16 or cp1251.</source>
        <translation>Кодировка файла — не UTF-8, не UTF-16 и не cp1251.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>The file has no sheet «%1».</source>
        <translation>В файле нет листа «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="183"/>
        <source>The file has no sheet «%1»; its sheets: %2.</source>
        <translation>В файле нет листа «%1»; его листы: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>«%1» is not a kind of file (%2).</source>
        <translation>«%1» — неизвестный тип данных (допустимы: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>No header row with recognisable columns was found (for example «Контрагент», «ИНН», «Дата», «Сумма»).</source>
        <translation>Не найдена строка заголовков с узнаваемыми колонками (например, «Контрагент», «ИНН», «Дата», «Сумма»).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>The header of column %1 is %2 characters long; a rated attribute&apos;s name holds at most %3: shorten it.</source>
        <translation>Заголовок столбца %1 длиной %2 симв., а название оцениваемого параметра вмещает не больше %3: сократите его.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>The table has a header but no data rows.</source>
        <translation>В таблице есть заголовок, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>No column is chosen for: %1.</source>
        <translation>Не выбрана колонка для: %1.</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../ui/importing/screen.py" line="82"/>
        <location filename="../../ui/importing/screen.py" line="156"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="84"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="85"/>
        <source>Open an Excel or CSV file (Ctrl+O)</source>
        <translation>Открыть файл Excel или CSV (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="90"/>
        <source>Choose an Excel (.xlsx, .xls, .ods) or CSV file, or drop it on the window. Exports from 1C and Bitrix24 are taken as they are.</source>
        <translation>Выберите файл Excel (.xlsx, .xls, .ods) или CSV либо перетащите его в окно. Выгрузки из 1С и Битрикс24 принимаются как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="109"/>
        <source>The row of the file that holds the column names</source>
        <translation>Строка файла с названиями колонок</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="113"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="114"/>
        <source>The file holds:</source>
        <translation>В файле:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="115"/>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="153"/>
        <source>Check (dry run)</source>
        <translation>Проверить (без записи)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="154"/>
        <source>Count what would change without writing anything</source>
        <translation>Посчитать, что изменится, ничего не записывая</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="163"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="182"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="182"/>
        <source>Column</source>
        <translation>Колонка</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="182"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="182"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="191"/>
        <source>Save rejected rows…</source>
        <translation>Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="194"/>
        <source>An .xlsx with the original columns and an Error column, to fix and import again</source>
        <translation>Файл .xlsx с исходными колонками и колонкой «Ошибка» — исправить и импортировать снова</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="261"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="263"/>
        <source>Spreadsheets and CSV (%1)</source>
        <translation>Таблицы и CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="273"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="282"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="126"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="358"/>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="363"/>
        <source>What column «%1» holds</source>
        <translation>Что содержит колонка «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="380"/>
        <source>Choose a column for: %1.</source>
        <translation>Выберите колонку для: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="388"/>
        <source>Header on row %2, %3 columns recognised.</source>
        <translation>Заголовок в строке %2, распознано колонок: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="390"/>
        <source>Sheet %1, header on row %2, %3 columns recognised.</source>
        <translation>Лист %1, заголовок в строке %2, распознано колонок: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="484"/>
        <source>%1 rows read: %2 new, %3 updated, %4 already as they were, %5 rejected.</source>
        <translation>Прочитано строк: %1 — новых %2, обновлено %3, без изменений %4, отклонено %5.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="397"/>
        <source>Your mapping for these columns was used.</source>
        <translation>Использовано ваше сопоставление для этих колонок.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="401"/>
        <source>Not imported: %1. Choose a field above a column to import it.</source>
        <translation>Не загружаются: %1. Чтобы загрузить колонку, выберите для неё поле над ней.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="411"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="429"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="429"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="465"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Импорт не удался, ничего не изменено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="473"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="491"/>
        <source>Dry run: nothing was written.</source>
        <translation>Проверка: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="491"/>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="497"/>
        <source>%1 new clients would be created from the rows.</source>
        <translation>Будет создано новых клиентов: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="499"/>
        <source>%1 new clients were created from the rows.</source>
        <translation>Создано новых клиентов: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="505"/>
        <source>%1 rows repeat a client or record of an earlier row; the first was kept.</source>
        <translation>Строк, повторяющих клиента или запись из более ранней строки: %1; оставлена первая.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="513"/>
        <source>Likely duplicates in the database (same INN): %1. %2</source>
        <translation>Вероятные дубли в базе (один ИНН): %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="515"/>
        <source>Merge them…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="518"/>
        <source>Save the rejected rows to fix them</source>
        <translation>Сохранить отклонённые строки для исправления</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="521"/>
        <source>Show the accounts</source>
        <translation>Показать клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="549"/>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="549"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="559"/>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="565"/>
        <source>Rejected rows saved to %1.</source>
        <translation>Отклонённые строки сохранены в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="581"/>
        <source>Merge each group into one account? The account with the most sales is kept; the others&apos; sales, contacts and notes move to it.

%1</source>
        <translation>Объединить каждую группу в одного клиента? Остаётся клиент с наибольшими продажами; продажи, контакты и заметки остальных переходят к нему.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/screen.py" line="594"/>
        <source>%1 duplicate accounts merged.</source>
        <translation>Объединено дублей: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Dashboard</source>
        <translation>Панель KPI</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Question bank</source>
        <translation>Банк вопросов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Proposals</source>
        <translation>Предложения (КП)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Find account</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>overdue tasks: %1</source>
        <translation>просроченных задач: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>due today: %1</source>
        <translation>на сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Nothing is lost: what you did is kept until the database answers.</source>
        <translation>Ничего не потеряно: сделанное сохранится, как только база данных ответит.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>%1 deleted</source>
        <translation>%1 удалён</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>This account no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>Creating the demo company…</source>
        <translation>Создаётся демо-компания…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="621"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642"/>
        <source>The demo company could not be created: %1</source>
        <translation>Не удалось создать демо-компанию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675"/>
        <source>An import is running. Stop it and quit? Nothing of it will be kept.</source>
        <translation>Идёт импорт. Остановить его и выйти? Ничего из него не сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="686"/>
        <source>The demo company is still being created. Stop and quit? Nothing of it will be kept.</source>
        <translation>Демо-компания ещё создаётся. Прервать и выйти? Ничего из неё не сохранится.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <source>The database is busy: another program or a colleague is writing to it.</source>
        <translation>База данных занята: в неё пишет другая программа или коллега.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="212"/>
        <source>The database file is read-only: Fieldbook cannot save to it.</source>
        <translation>Файл базы данных доступен только для чтения: Fieldbook не может сохранить изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>The database file is damaged; restore it from a copy in the backups folder.</source>
        <translation>Файл базы данных повреждён; восстановите его из копии в папке backups.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="216"/>
        <source>The disk is full: nothing was saved.</source>
        <translation>Диск заполнен: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>The database server cannot be reached.</source>
        <translation>Сервер базы данных недоступен.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>An account needs a name.</source>
        <translation>Укажите наименование клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>INN %1 is not valid: 10 or 12 digits with a checksum.</source>
        <translation>ИНН %1 неверен: 10 или 12 цифр с контрольной суммой.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226"/>
        <source>KPP %1 is not valid: 9 characters.</source>
        <translation>КПП %1 неверен: 9 знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>The industry is one of the 12 markets.</source>
        <translation>Отрасль — один из 12 рынков.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>Business size is large, medium or small.</source>
        <translation>Размер бизнеса: крупный, средний или малый.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>Status is client or prospect.</source>
        <translation>Статус: клиент или потенциальный клиент.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>Potential and capacity cannot be negative.</source>
        <translation>Потенциал и ёмкость не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="231"/>
        <source>The account has been deleted meanwhile.</source>
        <translation>Тем временем клиент был удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>A contact needs a name.</source>
        <translation>Укажите имя контакта.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>The buying role is economic, technical, user or coach.</source>
        <translation>Роль в закупке: экономический, технический покупатель, пользователь или коуч.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="234"/>
        <source>An activity needs a date.</source>
        <translation>Укажите дату активности.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>Unknown activity type.</source>
        <translation>Неизвестный тип активности.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>An opportunity needs a title.</source>
        <translation>Укажите название сделки.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="237"/>
        <source>Unknown opportunity stage.</source>
        <translation>Неизвестный этап сделки.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="238"/>
        <source>A probability is 0–100%.</source>
        <translation>Вероятность — от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>A joint project needs a name.</source>
        <translation>Укажите название совместного проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240"/>
        <source>Revenue and plan cannot be negative.</source>
        <translation>Выручка и план не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>A task is open, done or cancelled.</source>
        <translation>Задача бывает открыта, выполнена или отменена.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="243"/>
        <source>A task&apos;s due day is a date.</source>
        <translation>Срок задачи — это дата.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>«%1» is not a time of day: hh:mm, 00:00–23:59.</source>
        <translation>«%1» — не время: чч:мм, от 00:00 до 23:59.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>The task was closed or deleted meanwhile.</source>
        <translation>Задачу тем временем закрыли или удалили.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247"/>
        <source>suggested by Fieldbook</source>
        <translation>предложено Fieldbook</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>overdue, days: %1</source>
        <translation>просрочено на %1 дн.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <source>due today</source>
        <translation>на сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="251"/>
        <source>due today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>«%1» was to close on %2</source>
        <translation>«%1»: закрыть планировали %2</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>«%1» has not moved, days: %2</source>
        <translation>«%1»: без движения, дней: %2</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>«%1» is at the proposal or negotiation with BANT %3 of 12</source>
        <translation>«%1»: этап КП или переговоров, а BANT %3 из 12</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>move the deal on, or close it as lost</source>
        <translation>продвинуть сделку или закрыть её как проигранную</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="256"/>
        <source>key account (A) with no decision maker (ЛПР) among its contacts</source>
        <translation>ключевой клиент (A): среди контактов нет ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>key account (A): its decision maker (ЛПР) never met</source>
        <translation>ключевой клиент (A): с ЛПР ещё не встречались</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>key account (A): the decision maker (ЛПР) last met %1</source>
        <translation>ключевой клиент (A): с ЛПР встречались последний раз %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>arrange a meeting with the decision maker (ЛПР)</source>
        <translation>назначить встречу с ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>An event needs a name.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>An event is a trade fair, seminar, conference or other.</source>
        <translation>Мероприятие — это выставка, семинар, конференция или другое.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <source>An event cannot end before it starts.</source>
        <translation>Мероприятие не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>The event has been deleted meanwhile.</source>
        <translation>Мероприятие тем временем удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>A lead needs the company&apos;s name.</source>
        <translation>У лида должно быть название компании.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>Each BANT criterion is 0 to 3.</source>
        <translation>Каждый критерий BANT — от 0 до 3.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="268"/>
        <source>The next step needs a date.</source>
        <translation>Для следующего шага нужна дата.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>risk of leaving %1%: %2</source>
        <translation>риск ухода&#xa0;%1&#xa0;%:&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>by the model</source>
        <translation>по модели</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>re-engage (4R)</source>
        <translation>вернуть клиента (Re-engage, 4R)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="273"/>
        <source>refresh the relationship (4R)</source>
        <translation>освежить отношения (Refresh, 4R)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>secure a new client&apos;s next order (4R)</source>
        <translation>закрепить нового клиента следующим заказом (React, 4R)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="275"/>
        <source>visit with an offer worth its potential</source>
        <translation>визит с предложением, достойным его потенциала</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276"/>
        <source>call the decision maker and agree the next order</source>
        <translation>позвонить ЛПР и договориться о следующем заказе</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="277"/>
        <source>a call or an e-mail; no discount beyond the policy</source>
        <translation>звонок или письмо; скидка не выше политики</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="278"/>
        <source>decide whether to keep the account, without extra effort</source>
        <translation>решить, продолжать ли работу, без дополнительных усилий</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="279"/>
        <source>call to learn why the orders stopped</source>
        <translation>позвонить и узнать, почему прекратились заказы</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="281"/>
        <source>no order for %1 days, usually every %2</source>
        <translation>нет заказов&#xa0;%1&#xa0;дн., обычно заказывает раз в&#xa0;%2&#xa0;дн.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="282"/>
        <source>revenue %1% against the previous quarter</source>
        <translation>выручка&#xa0;%1&#xa0;% к прошлому кварталу</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>few purchases: %1 in 12 months</source>
        <translation>мало покупок:&#xa0;%1 за 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="284"/>
        <source>orders rarely: about every %1 days</source>
        <translation>заказывает редко: примерно раз в&#xa0;%1&#xa0;дн.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="285"/>
        <source>one purchase so far, %1 days ago</source>
        <translation>пока одна покупка, %1&#xa0;дн. назад</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="286"/>
        <source>returns are %1% of purchases</source>
        <translation>возвраты —&#xa0;%1&#xa0;% покупок</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="287"/>
        <source>NPS answer %1</source>
        <translation>оценка NPS:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>%1% of deliveries late or short</source>
        <translation>%1&#xa0;% поставок с опозданием или недовложением</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="289"/>
        <source>overdue receivables</source>
        <translation>просроченная дебиторская задолженность</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="290"/>
        <source>no contact recorded</source>
        <translation>контактов не записано</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>no contact for %1 days</source>
        <translation>нет контакта&#xa0;%1&#xa0;дн.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="292"/>
        <source>no meeting with a decision maker (ЛПР) recorded</source>
        <translation>встреч с ЛПР не записано</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="293"/>
        <source>no decision maker (ЛПР) met for %1 days</source>
        <translation>с ЛПР не встречались&#xa0;%1&#xa0;дн.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="294"/>
        <source>learned from the company&apos;s history</source>
        <translation>модель обучена на истории компании</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="296"/>
        <source>too little history for a model: recency against the usual gap</source>
        <translation>истории мало для модели: правило «давность покупки против обычного интервала»</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298"/>
        <source>%1; too little history to test it yet</source>
        <translation>%1; для проверки истории пока мало</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>%1; tested on %2: AUC %3, the riskiest 10% held %4% of those who then left</source>
        <translation>%1; проверка на %2: AUC %3, в 10&#xa0;% самых рискованных оказались %4&#xa0;% всех ушедших затем клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>An item needs a name.</source>
        <translation>У позиции должно быть наименование.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="304"/>
        <source>%1: the quantity must be above zero.</source>
        <translation>%1: количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="305"/>
        <source>%1: the price cannot be negative.</source>
        <translation>%1: цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>%1: a discount is 0–99 %.</source>
        <translation>%1: скидка — от 0 до 99 %.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>The VAT rate is 0–99 %.</source>
        <translation>Ставка НДС — от 0 до 99 %.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="308"/>
        <source>A proposal is written to .docx or .pdf.</source>
        <translation>КП сохраняется в .docx или .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309"/>
        <source>The account does not exist (it was deleted meanwhile).</source>
        <translation>Такого клиента нет (его тем временем удалили).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="310"/>
        <source>The proposal does not exist (it was deleted meanwhile).</source>
        <translation>Такого КП нет (его тем временем удалили).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>%1 is not a usable .docx template: %2</source>
        <translation>%1 не подходит как шаблон .docx: %2</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="313"/>
        <source>a discount above the policy needs a reason in «Reason to keep the discount»: %1</source>
        <translation>для скидки выше политики нужно обоснование в столбце «Обоснование скидки»: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>the proposal has no items</source>
        <translation>в КП нет ни одной позиции</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="317"/>
        <source>The plan is written to .xlsx or .pdf.</source>
        <translation>План сохраняется в .xlsx или .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="318"/>
        <source>The brief is written to .pdf.</source>
        <translation>Бриф к визиту сохраняется в .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>Every cost is a number.</source>
        <translation>Все затраты должны быть числами.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="264"/>
        <location filename="../../ui/messages.py" line="321"/>
        <source>A cost cannot be negative.</source>
        <translation>Затраты не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="322"/>
        <source>The financing rate is a share per year, at most 500 %.</source>
        <translation>Ставка финансирования — доля в год, не больше 500 %.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="323"/>
        <source>The horizon is 1–%1 years.</source>
        <translation>Горизонт — от 1 до %1 лет.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="325"/>
        <source>%1 is not a readable .xlsx file: %2</source>
        <translation>%1 не читается как файл .xlsx: %2</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="326"/>
        <source>The workbook is empty.</source>
        <translation>Книга пуста.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="327"/>
        <source>The sheet has no column %1.</source>
        <translation>На листе нет столбца %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>Markets are numbers 1–12 separated by commas: «%1».</source>
        <translation>Рынки — номера от 1 до 12 через запятую: «%1».</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="126"/>
        <source>qualification (BANT)</source>
        <translation>квалификация (BANT)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="127"/>
        <source>needs (SPIN)</source>
        <translation>потребности (SPIN)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="128"/>
        <source>solution (TCO)</source>
        <translation>решение (TCO)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="129"/>
        <source>proposal (ABCD)</source>
        <translation>предложение (ABCD)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="130"/>
        <source>negotiation</source>
        <translation>переговоры</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="131"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="132"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="135"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="136"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="137"/>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="138"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="139"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="140"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="141"/>
        <source>Won / lost because</source>
        <translation>Причина выигрыша / проигрыша</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="143"/>
        <source>opportunity</source>
        <translation>сделка</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../ui/account_card/plan.py" line="58"/>
        <location filename="../../ui/account_card/plan.py" line="166"/>
        <source>Joint projects</source>
        <translation>Совместные проекты</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="64"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="65"/>
        <source>Export to PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="112"/>
        <source>Account development plan</source>
        <translation>План развития клиента</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="126"/>
        <source>Client&apos;s revenue, ₽:</source>
        <translation>Выручка клиента, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="127"/>
        <source>Our sales plan, ₽:</source>
        <translation>Наш план продаж, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="128"/>
        <source>Cooperation:</source>
        <translation>Описание сотрудничества:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="161"/>
        <source>Progress levels (1–5)</source>
        <translation>Уровни прогрессов (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="164"/>
        <source>DSL level</source>
        <translation>Уровень DSL</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="165"/>
        <source>Equipment park</source>
        <translation>Парк оборудования</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="167"/>
        <source>Production visit</source>
        <translation>Визит на производство</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="168"/>
        <source>Joint promo materials</source>
        <translation>Совместные промоматериалы</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="169"/>
        <source>Knowledge of the decision maker</source>
        <translation>Знание ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="189"/>
        <source>Progress level:</source>
        <translation>Уровень прогрессов:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="197"/>
        <source>Suggested from sales: %1 (DSL level %2)</source>
        <translation>Расчёт по продажам: %1 (уровень DSL %2)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="207"/>
        <source>rate the dimensions</source>
        <translation>оцените все параметры</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="212"/>
        <source>Progress policy: milestones</source>
        <translation>Политика прогрессов: вехи</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="215"/>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="215"/>
        <source>Reached on</source>
        <translation>Дата достижения</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="215"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="234"/>
        <source>Tick a milestone when it is reached; double-click a date or a note to change it.</source>
        <translation>Отметьте веху, когда она достигнута; двойной щелчок по дате или примечанию — изменить.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="262"/>
        <source>Reached %1 of %2 (%3)</source>
        <translation>Достигнуто %1 из %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="279"/>
        <source>Type the date as dd.mm.yyyy, e.g. 01.03.2026.</source>
        <translation>Введите дату как дд.мм.гггг, например 01.03.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="301"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="301"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="304"/>
        <source>Export the plan</source>
        <translation>Экспорт плана</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="319"/>
        <source>The plan could not be saved: %1</source>
        <translation>Не удалось сохранить план: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/plan.py" line="334"/>
        <source>Plan saved to %1</source>
        <translation>План сохранён: %1</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="43"/>
        <source>Sales plans</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="48"/>
        <source>Add a &amp;manager…</source>
        <translation>Добавить &amp;менеджера…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="55"/>
        <source>Revenue plan, ₽</source>
        <translation>План выручки, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="56"/>
        <source>New clients plan</source>
        <translation>План по новым клиентам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="60"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="89"/>
        <source>Year</source>
        <translation>За год</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="90"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="143"/>
        <source>«%1» is not a plan: a number, not negative.</source>
        <translation>«%1» — не план: нужно неотрицательное число.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="179"/>
        <source>Add a manager</source>
        <translation>Добавить менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/plans.py" line="179"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="151"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="152"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="153"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="154"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="155"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="157"/>
        <source>joint project</source>
        <translation>совместный проект</translation>
    </message>
</context>
<context>
    <name>ProposalTab</name>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="128"/>
        <source>&amp;New proposal</source>
        <translation>&amp;Новое КП</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="130"/>
        <source>Export &amp;DOCX…</source>
        <translation>Экспорт &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="132"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="135"/>
        <source>Proposal:</source>
        <translation>КП:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="153"/>
        <source>Addressed to (roles from Contacts):</source>
        <translation>Кому (роли из контактов):</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="155"/>
        <source>A. The client&apos;s situation and problem:</source>
        <translation>A. Ситуация и задача клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="157"/>
        <source>B. Solution and benefits:</source>
        <translation>B. Решение и выгоды:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="164"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="165"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="166"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="167"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="168"/>
        <source>Price, ₽</source>
        <translation>Цена, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="169"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="170"/>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="171"/>
        <source>Reason to keep the discount</source>
        <translation>Обоснование скидки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="181"/>
        <source>Add &amp;line</source>
        <translation>Добавить &amp;строку</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="183"/>
        <source>New item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="183"/>
        <location filename="../../ui/account_card/proposal.py" line="468"/>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="185"/>
        <source>From &amp;catalogue…</source>
        <translation>Из &amp;каталога…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="187"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="192"/>
        <source>Include the TCO comparison</source>
        <translation>Включить сравнение TCO</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="198"/>
        <source>VAT:</source>
        <translation>НДС:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="220"/>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="221"/>
        <source>Decision by:</source>
        <translation>Срок решения:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="222"/>
        <source>Valid until:</source>
        <translation>Действительно до:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="223"/>
        <source>Our contacts:</source>
        <translation>Наши контакты:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="224"/>
        <source>Payment terms:</source>
        <translation>Условия оплаты:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="225"/>
        <source>Delivery terms:</source>
        <translation>Условия поставки:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="226"/>
        <source>Warranty:</source>
        <translation>Гарантия:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="228"/>
        <source>C. Calculation</source>
        <translation>C. Расчёт</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="234"/>
        <source>D. Decision and next step</source>
        <translation>D. Решение и следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="243"/>
        <source>No proposal yet. Start one with New proposal.</source>
        <translation>Коммерческих предложений пока нет. Создайте первое кнопкой «Новое КП».</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="315"/>
        <source>economic buyer</source>
        <translation>экономический покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="316"/>
        <source>technical buyer</source>
        <translation>технический покупатель</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="317"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="318"/>
        <source>coach</source>
        <translation>коуч</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="323"/>
        <source>acceptable price</source>
        <translation>приемлемая цена</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="324"/>
        <source>flexibility</source>
        <translation>гибкость условий</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="325"/>
        <source>stability</source>
        <translation>стабильность поставок</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="326"/>
        <source>commitment</source>
        <translation>обязательства поставщика</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="327"/>
        <source>cost reduction</source>
        <translation>снижение затрат</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="328"/>
        <source>availability</source>
        <translation>наличие</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="329"/>
        <source>variety</source>
        <translation>ассортимент</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="330"/>
        <source>feedback</source>
        <translation>обратная связь</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="331"/>
        <source>functionality</source>
        <translation>функциональность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="348"/>
        <source>rev. %1</source>
        <translation>ред. %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="350"/>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="484"/>
        <source>Row %1: «%2» is not a number.</source>
        <translation>Строка %1: «%2» — не число.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="563"/>
        <source>VAT %1</source>
        <translation>НДС %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="564"/>
        <source>No VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="583"/>
        <location filename="../../ui/account_card/proposal.py" line="589"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="616"/>
        <source>Before VAT %1 ₽ · VAT %2 ₽ · total %3 ₽</source>
        <translation>Без НДС %1 ₽ · НДС %2 ₽ · итого %3 ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="627"/>
        <source>%1: discount %2 is above the %3 of the strategy, %4 ₽ more</source>
        <translation>%1: скидка %2 выше лимита стратегии (%3), превышение %4 ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="634"/>
        <source> — kept: %1</source>
        <translation> — сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="636"/>
        <source> — give a reason to keep it</source>
        <translation> — укажите обоснование скидки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="648"/>
        <source>Block B stresses: %1</source>
        <translation>В блоке B акцент на: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="653"/>
        <source>the proposal has no items</source>
        <translation>в КП нет ни одной позиции</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="654"/>
        <source>nobody is chosen to address it to</source>
        <translation>не выбран адресат</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="655"/>
        <source>it proposes no next step</source>
        <translation>не указан следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="656"/>
        <source>its validity date is already past</source>
        <translation>срок действия предложения уже истёк</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="657"/>
        <source>its decision deadline is already past</source>
        <translation>срок принятия решения уже прошёл</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="659"/>
        <source>the company profile has no name, so the letterhead would be empty (Settings → Company)</source>
        <translation>в профиле компании нет названия, бланк будет пустым (Настройки → Компания)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="670"/>
        <source>The proposal was not exported: %1.</source>
        <translation>КП не выгружено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="677"/>
        <source>Before it goes to the client: %1. Export it anyway?</source>
        <translation>Перед отправкой клиенту: %1. Всё равно выгрузить?</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="703"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="703"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="704"/>
        <source>Proposal</source>
        <translation>КП</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="707"/>
        <source>Export the proposal</source>
        <translation>Экспорт КП</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="729"/>
        <source>The proposal was not exported: %1</source>
        <translation>КП не выгружено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/proposal.py" line="720"/>
        <source>Version %1 saved to %2</source>
        <translation>Версия %1 сохранена в %2</translation>
    </message>
</context>
<context>
    <name>ProposalsScreen</name>
    <message>
        <location filename="../../ui/proposals/screen.py" line="36"/>
        <source>Proposals</source>
        <translation>Коммерческие предложения</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="42"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="43"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="44"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="46"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="47"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="48"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="45"/>
        <source>Total with VAT, ₽</source>
        <translation>Итого с НДС, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="49"/>
        <source>Last export</source>
        <translation>Последний экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="65"/>
        <source>No proposals yet. Open an account and build one on its Proposal tab.</source>
        <translation>Коммерческих предложений пока нет. Откройте клиента и составьте КП на вкладке «КП».</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="89"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="89"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../ui/proposals/screen.py" line="112"/>
        <source>%1 proposals</source>
        <translation>Коммерческих предложений: %1</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="62"/>
        <source>Edit the question</source>
        <translation>Изменить вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="62"/>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="87"/>
        <source>Block:</source>
        <translation>Блок:</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="88"/>
        <source>Russian:</source>
        <translation>По-русски:</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="89"/>
        <source>English:</source>
        <translation>По-английски:</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="90"/>
        <source>Markets (none ticked: all):</source>
        <translation>Рынки (ни одного — все):</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="124"/>
        <source>A question needs its text in Russian or English.</source>
        <translation>У вопроса должен быть текст на русском или английском.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../ui/account_card/records.py" line="204"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="205"/>
        <source>Add a record (Ctrl+N)</source>
        <translation>Добавить запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="206"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="207"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="208"/>
        <source>Delete the selected record (Del)</source>
        <translation>Удалить выбранную запись (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="209"/>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="210"/>
        <source>Bring back the record just deleted (Ctrl+Z)</source>
        <translation>Вернуть только что удалённую запись (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="284"/>
        <source>Nothing here yet: press Add… (Ctrl+N).</source>
        <translation>Здесь пока пусто: нажмите «Добавить…» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/records.py" line="316"/>
        <source>New: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="104"/>
        <source>Task due: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="108"/>
        <source>Tasks due: %1</source>
        <translation>Задач к выполнению: %1</translation>
    </message>
</context>
<context>
    <name>Ring</name>
    <message>
        <location filename="../../ui/dashboard/screen.py" line="66"/>
        <source>Click for the accounts behind this figure</source>
        <translation>Щёлкните, чтобы увидеть расшифровку по клиентам</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="133"/>
        <source>&amp;Add a survey answer…</source>
        <translation>&amp;Добавить ответ на опрос…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="137"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="137"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="137"/>
        <source>NPS answer</source>
        <translation>Оценка NPS</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="137"/>
        <source>CSI</source>
        <translation>CSI</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="138"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="142"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="142"/>
        <source>Deliveries</source>
        <translation>Поставок</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="142"/>
        <source>OTIF</source>
        <translation>OTIF</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="142"/>
        <source>OTIF, %</source>
        <translation>OTIF, %</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="153"/>
        <source>Survey answers (NPS, CSI)</source>
        <translation>Ответы на опросы (NPS, CSI)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="156"/>
        <source>Deliveries on time and in full, by quarter</source>
        <translation>Поставки вовремя и в полном объёме, по кварталам</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="205"/>
        <source>NPS %1 (%2 answers: %3 promoters, %4 passives, %5 detractors)</source>
        <translation>NPS %1 (ответов: %2; промоутеров %3, нейтральных %4, критиков %5)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="213"/>
        <source>No NPS answers yet.</source>
        <translation>Ответов NPS пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/satisfaction.py" line="216"/>
        <source>OTIF %1 in %2</source>
        <translation>OTIF %1 за %2</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="91"/>
        <source>BANT qualification</source>
        <translation>Квалификация BANT</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="94"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="95"/>
        <source>Authority (ЛПР / ЛВР)</source>
        <translation>Полномочия (ЛПР / ЛВР)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="96"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="97"/>
        <source>Time</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="101"/>
        <source>0 unknown · 1 signals · 2 partly confirmed · 3 confirmed</source>
        <translation>0 неизвестно · 1 сигналы · 2 частично подтверждено · 3 подтверждено</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="108"/>
        <source>what we know</source>
        <translation>что известно</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="119"/>
        <source>Scored</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="119"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="119"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="127"/>
        <source>History (every change, newest first):</source>
        <translation>История (каждое изменение, новые сверху):</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="143"/>
        <source>Total %1 of 12: %2</source>
        <translation>Итого %1 из 12: %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="197"/>
        <source>BCG: attractiveness × relationship</source>
        <translation>BCG: привлекательность × отношение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="200"/>
        <source>Factor</source>
        <translation>Фактор</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="200"/>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="200"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="200"/>
        <source>Your score</source>
        <translation>Ваша оценка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="209"/>
        <source>Relationship</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="209"/>
        <location filename="../../ui/account_card/scoring.py" line="307"/>
        <source>Attractiveness</source>
        <translation>Привлекательность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="254"/>
        <source>computing…</source>
        <translation>рассчитывается…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="256"/>
        <source>no data: score it yourself</source>
        <translation>нет данных: оцените сами</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="285"/>
        <source>Relationship %1 (%2) · attractiveness %3 (%4)</source>
        <translation>Отношение %1 (уровень %2) · привлекательность %3 (уровень %4)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="292"/>
        <source>Strategy: %1</source>
        <translation>Стратегия: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="294"/>
        <source>Strategy: score both axes to see it</source>
        <translation>Стратегия: оцените обе оси</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/scoring.py" line="307"/>
        <source>Relationship (strong ← → weak)</source>
        <translation>Отношение (сильное ← → слабое)</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../ui/analytics/model.py" line="105"/>
        <source>%1 accounts: double-click to list them</source>
        <translation>Клиентов: %1. Двойной щелчок — расшифровка</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings/screen.py" line="92"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="95"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="100"/>
        <source>&amp;Company</source>
        <translation>Ко&amp;мпания</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="101"/>
        <source>&amp;Discount policy</source>
        <translation>&amp;Политика скидок</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="102"/>
        <source>Analysis &amp;thresholds</source>
        <translation>Пороги &amp;анализа</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="103"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Коммерческие предложения</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="104"/>
        <source>&amp;KPI</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="150"/>
        <source>System language</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="162"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="164"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="169"/>
        <source>Start Fieldbook with --db PATH_OR_URL, or set FIELDBOOK_DB, to use another database.</source>
        <translation>Чтобы открыть другую базу, запустите Fieldbook с --db ПУТЬ_ИЛИ_URL или задайте переменную FIELDBOOK_DB.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="191"/>
        <source>The largest discount a manager may give, by the account&apos;s BCG strategy, and for a new client that has none yet. Proposals check their discounts against it. Kept with the data, so the whole team shares it.</source>
        <translation>Максимальная скидка, которую может дать менеджер, — по стратегии BCG клиента и для нового клиента, у которого стратегии ещё нет. Скидки в КП проверяются по этой политике. Хранится вместе с данными, поэтому общая для всей команды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="201"/>
        <source>New client (no strategy yet)</source>
        <translation>Новый клиент (стратегии ещё нет)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="215"/>
        <source>Deal size: a proposal or an order whose list amount reaches the amount allows this many points more (0: unused).</source>
        <translation>Размер сделки: КП или заказ, сумма которого по прайсу достигает порога, допускает на столько пунктов больше (0 — не используется).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="222"/>
        <source>From, ₽</source>
        <translation>От, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="223"/>
        <source>Extra</source>
        <translation>Надбавка</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="244"/>
        <source>Financing rate a year, for the implicit discount of a late payment:</source>
        <translation>Ставка финансирования в год — для неявной скидки при просрочке оплаты:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="253"/>
        <location filename="../../ui/settings/screen.py" line="526"/>
        <source>Restore the defaults</source>
        <translation>Вернуть значения по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="288"/>
        <location filename="../../ui/settings/screen.py" line="303"/>
        <location filename="../../ui/settings/screen.py" line="363"/>
        <location filename="../../ui/settings/screen.py" line="393"/>
        <location filename="../../ui/settings/screen.py" line="466"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="312"/>
        <source>The default policy is restored.</source>
        <translation>Политика по умолчанию восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="324"/>
        <source>Choose a .docx template…</source>
        <translation>Выбрать шаблон .docx…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="326"/>
        <source>Use the bundled template</source>
        <translation>Встроенный шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="335"/>
        <source>VAT rate for new proposals:</source>
        <translation>Ставка НДС для новых КП:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="336"/>
        <source>Proposal template:</source>
        <translation>Шаблон КП:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="342"/>
        <source>A copy of the bundled template restyled in Word keeps working; its fields are listed in the README.</source>
        <translation>Копия встроенного шаблона, оформленная в Word по-своему, продолжит работать; поля шаблона перечислены в README.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="355"/>
        <source>the bundled template</source>
        <translation>встроенный шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="376"/>
        <source>Proposal template</source>
        <translation>Шаблон КП</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="376"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="384"/>
        <source>This template cannot be used: %1</source>
        <translation>Этот шаблон нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="402"/>
        <source>1: Workwear, Lubricants
*: Workwear</source>
        <translation>1: Спецодежда, Смазочные материалы
*: Спецодежда</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="404"/>
        <source>Wholesale: Ivan Petrov, Anna Ivanova</source>
        <translation>Опт: Петров Иван, Иванова Анна</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="405"/>
        <source>&amp;Save the KPI settings</source>
        <translation>&amp;Сохранить настройки KPI</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="410"/>
        <source>Activities per manager per week:</source>
        <translation>Активностей на менеджера в неделю:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="413"/>
        <source>Assortment matrix (a market code 1–12 or * for the rest: the mandatory product groups):</source>
        <translation>Ассортиментная матрица (код рынка 1–12 или * для остальных: обязательные товарные группы):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="418"/>
        <source>Departments (name: managers):</source>
        <translation>Отделы (название: менеджеры):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="459"/>
        <source>Not saved: «%1» is not «market: groups» (a market is 1–12 or *).</source>
        <translation>Не сохранено: «%1» — не «рынок: группы» (рынок — 1–12 или *).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="474"/>
        <source>ABC: group A up to this cumulative share of revenue</source>
        <translation>ABC: группа A до этой накопленной доли выручки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="475"/>
        <source>ABC: group B up to this cumulative share of revenue</source>
        <translation>ABC: группа B до этой накопленной доли выручки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="476"/>
        <source>XYZ: X when the coefficient of variation is below</source>
        <translation>XYZ: X, когда коэффициент вариации ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="477"/>
        <source>XYZ: Y when the coefficient of variation is below</source>
        <translation>XYZ: Y, когда коэффициент вариации ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="478"/>
        <source>Systematicity S3 (share of months with a purchase) from</source>
        <translation>Системность S3 (доля месяцев с покупкой) от</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="479"/>
        <source>Systematicity S2 from</source>
        <translation>Системность S2 от</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="480"/>
        <source>K2 from this many competitors</source>
        <translation>K2: конкурентов от</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="481"/>
        <source>K3 from this many competitors</source>
        <translation>K3: конкурентов от</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="482"/>
        <source>M1: concentration index (HHI) below</source>
        <translation>M1: индекс концентрации (HHI) ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="483"/>
        <source>M2: concentration index (HHI) below</source>
        <translation>M2: индекс концентрации (HHI) ниже</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="484"/>
        <source>DSL: D3 from this many product groups</source>
        <translation>DSL: D3 — товарных групп от</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="485"/>
        <source>DSL: S1 when the share of the main group is at least</source>
        <translation>DSL: S1, когда доля основной группы не меньше</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="486"/>
        <source>DSL: S2 when the share of the main group is at least</source>
        <translation>DSL: S2, когда доля основной группы не меньше</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="487"/>
        <source>Falling: revenue below this share of the previous window</source>
        <translation>Падающие: выручка ниже этой доли прошлого периода</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="488"/>
        <source>Growing: revenue above this share of the previous window</source>
        <translation>Растущие: выручка выше этой доли прошлого периода</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="489"/>
        <source>New client: first purchase within this many days</source>
        <translation>Новый клиент: первая покупка за последние, дней</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="490"/>
        <source>Top clients: N</source>
        <translation>Топ клиентов: N</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="491"/>
        <source>Risk of leaving: no purchase within this many days</source>
        <translation>Риск ухода: горизонт, дней без покупок</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="498"/>
        <source>The thresholds of the methodology. The defaults are those of the methodology; a change applies to every table, label and chart, and to the whole team.</source>
        <translation>Пороги методики. По умолчанию — значения методики; изменение действует на все таблицы, метки и диаграммы и на всю команду.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="587"/>
        <source>Saved. The analysis is computed again.</source>
        <translation>Сохранено. Анализ пересчитывается.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="598"/>
        <source>Not saved: «%1» must be below «%2».</source>
        <translation>Не сохранено: «%1» должно быть меньше, чем «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="600"/>
        <source>Not saved: «%1» is out of its range.</source>
        <translation>Не сохранено: «%1» вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="608"/>
        <source>The methodology&apos;s defaults are restored.</source>
        <translation>Значения методики восстановлены.</translation>
    </message>
</context>
<context>
    <name>SpinBankScreen</name>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="151"/>
        <source>Question bank</source>
        <translation>Банк вопросов</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="155"/>
        <source>SPIN questions by block. A question with no market applies to every market. A retired question is no longer asked; its answers stay.</source>
        <translation>Вопросы SPIN по блокам. Вопрос без рынка задаётся на всех рынках. Снятый вопрос больше не задаётся, ответы на него сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="164"/>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="166"/>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="167"/>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="168"/>
        <source>Markets</source>
        <translation>Рынки</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="169"/>
        <source>Retired</source>
        <translation>Снят</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="199"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="199"/>
        <source>A new question (Ctrl+N)</source>
        <translation>Новый вопрос (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="200"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="200"/>
        <source>Edit (Enter)</source>
        <translation>Изменить (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="202"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="202"/>
        <source>Earlier in its block (Ctrl+Up)</source>
        <translation>Раньше в своём блоке (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="205"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="206"/>
        <source>Later in its block (Ctrl+Down)</source>
        <translation>Позже в своём блоке (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="210"/>
        <source>&amp;Retire</source>
        <translation>&amp;Снять / вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="210"/>
        <source>Stop or resume asking it</source>
        <translation>Перестать задавать вопрос или вернуть его</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="213"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="213"/>
        <source>Save the bank as .xlsx</source>
        <translation>Сохранить банк в .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="216"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="217"/>
        <source>Read a bank from .xlsx (ours, edited, or another company&apos;s)</source>
        <translation>Загрузить банк из .xlsx (наш, отредактированный или другой компании)</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="284"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="291"/>
        <source>retired</source>
        <translation>снят</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="352"/>
        <source>Export the question bank</source>
        <translation>Экспорт банка вопросов</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="354"/>
        <location filename="../../ui/spin_bank/screen.py" line="386"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="367"/>
        <source>The bank could not be saved: %1</source>
        <translation>Не удалось сохранить банк: %1</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="375"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="384"/>
        <source>Import a question bank</source>
        <translation>Импорт банка вопросов</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="396"/>
        <source>The bank could not be read: %1</source>
        <translation>Не удалось прочитать банк: %1</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="404"/>
        <source>%1 questions added, %2 updated.</source>
        <translation>Добавлено вопросов: %1, обновлено: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="409"/>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
</context>
<context>
    <name>SpinBlocks</name>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="42"/>
        <source>Situation</source>
        <translation>Ситуационные</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="43"/>
        <source>Problem</source>
        <translation>Проблемные</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="44"/>
        <source>Implication</source>
        <translation>Извлекающие</translation>
    </message>
    <message>
        <location filename="../../ui/spin_bank/screen.py" line="45"/>
        <source>Need-payoff</source>
        <translation>Направляющие</translation>
    </message>
</context>
<context>
    <name>SpinTab</name>
    <message>
        <location filename="../../ui/account_card/spin.py" line="54"/>
        <source>Only the questions for the account&apos;s market</source>
        <translation>Только вопросы для рынка клиента</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="76"/>
        <source>The client&apos;s answer. Enter: save and next · Shift+Enter: new line</source>
        <translation>Ответ клиента. Enter — сохранить и дальше · Shift+Enter — новая строка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="80"/>
        <source>Money figure (e.g. losses per year):</source>
        <translation>Сумма (например, потери в год):</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="93"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="94"/>
        <source>The previous question (Page Up)</source>
        <translation>Предыдущий вопрос (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="96"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="97"/>
        <source>The next question, nothing saved (Page Down)</source>
        <translation>Следующий вопрос без сохранения (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="99"/>
        <source>Save and next</source>
        <translation>Сохранить и дальше</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="100"/>
        <source>Save the answer and go on (Enter)</source>
        <translation>Сохранить ответ и перейти дальше (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="180"/>
        <source>%1 of %2 questions answered</source>
        <translation>Отвечено вопросов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="190"/>
        <source>The question bank is empty for this market.</source>
        <translation>Для этого рынка в банке нет вопросов.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="198"/>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · вопрос %2 из %3</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="206"/>
        <source>Not asked yet.</source>
        <translation>Ещё не задавали.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="210"/>
        <source>Last answer, %1: %2</source>
        <translation>Последний ответ, %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/spin.py" line="273"/>
        <source>That was the last question.</source>
        <translation>Это был последний вопрос.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="168"/>
        <source>&amp;Done…</source>
        <translation>&amp;Выполнено…</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="170"/>
        <source>Close the selected task with its outcome, and plan the next (Ctrl+Enter)</source>
        <translation>Закрыть выбранную задачу с итогом и запланировать следующую (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="174"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="175"/>
        <source>Take the suggested task as yours</source>
        <translation>Взять предложенную задачу в работу</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="177"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="179"/>
        <source>The suggested task is not needed; it will not be suggested again</source>
        <translation>Предложенная задача не нужна; она больше не будет предлагаться</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="191"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="192"/>
        <source>done</source>
        <translation>выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="193"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="194"/>
        <source>suggested</source>
        <translation>предложена</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="195"/>
        <source>dismissed</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="197"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="199"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="200"/>
        <source>Time (hh:mm)</source>
        <translation>Время (чч:мм)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="201"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="202"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="203"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="205"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="206"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tabs.py" line="208"/>
        <source>task</source>
        <translation>задача</translation>
    </message>
</context>
<context>
    <name>TcoTab</name>
    <message>
        <location filename="../../ui/account_card/tco.py" line="146"/>
        <source>Losses from SPIN answers</source>
        <translation>Потери из ответов SPIN</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="149"/>
        <source>Put the money figures of the Implication answers into the client&apos;s option as other losses per year</source>
        <translation>Перенести суммы из ответов на извлекающие вопросы в текущий вариант клиента как прочие потери в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="155"/>
        <source>Horizon, years:</source>
        <translation>Горизонт, лет:</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="160"/>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="162"/>
        <location filename="../../ui/account_card/tco.py" line="187"/>
        <location filename="../../ui/account_card/tco.py" line="448"/>
        <source>Our offer</source>
        <translation>Наше предложение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="162"/>
        <location filename="../../ui/account_card/tco.py" line="187"/>
        <location filename="../../ui/account_card/tco.py" line="448"/>
        <source>Current option</source>
        <translation>Текущий вариант</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="187"/>
        <source>Saving</source>
        <translation>Экономия</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="200"/>
        <source>Elements of Value</source>
        <translation>Элементы ценности</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="201"/>
        <source>Elements of Value the offer delivers</source>
        <translation>Элементы ценности, которые даёт предложение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="280"/>
        <source>Purchase price, ₽</source>
        <translation>Цена покупки, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="281"/>
        <source>Delivery, ₽</source>
        <translation>Доставка, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="282"/>
        <source>Installation, ₽</source>
        <translation>Монтаж, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="283"/>
        <source>Training, ₽</source>
        <translation>Обучение, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="284"/>
        <source>Consumables, ₽ a year</source>
        <translation>Расходные материалы, ₽ в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="285"/>
        <source>Maintenance, ₽ a year</source>
        <translation>Обслуживание, ₽ в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="286"/>
        <source>Downtime, hours a year</source>
        <translation>Простой, часов в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="287"/>
        <source>Loss per hour of downtime, ₽</source>
        <translation>Потери за час простоя, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="288"/>
        <source>Other losses, ₽ a year</source>
        <translation>Прочие потери, ₽ в год</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="289"/>
        <source>Financing rate, % a year</source>
        <translation>Ставка финансирования, % годовых</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="290"/>
        <source>Prepayment, days</source>
        <translation>Предоплата, дней</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="291"/>
        <source>Disposal, ₽</source>
        <translation>Утилизация, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="296"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="297"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="298"/>
        <source>Installation</source>
        <translation>Монтаж</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="299"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="300"/>
        <source>Financing</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="301"/>
        <source>Consumables</source>
        <translation>Расходные материалы</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="302"/>
        <source>Maintenance</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="303"/>
        <source>Downtime</source>
        <translation>Простой</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="304"/>
        <source>Other losses</source>
        <translation>Прочие потери</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="305"/>
        <source>Disposal</source>
        <translation>Утилизация</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="388"/>
        <source>No Implication answer of this account has a money figure.</source>
        <translation>Ни в одном ответе клиента на извлекающие вопросы нет суммы.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="395"/>
        <source>%1 ₽ a year from %2 SPIN answers.</source>
        <translation>%1 ₽ в год из ответов SPIN: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="406"/>
        <source>Year %1</source>
        <translation>Год %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="409"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="426"/>
        <source>Type the costs of both options.</source>
        <translation>Введите затраты обоих вариантов.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="429"/>
        <source>The client saves %1 ₽ (%2) over %3 years with our offer.</source>
        <translation>С нашим предложением клиент экономит %1 ₽ (%2) за %3 г.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="436"/>
        <source>Our offer costs the client %1 ₽ more over %2 years.</source>
        <translation>Наше предложение обходится клиенту на %1 ₽ дороже за %2 г.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="441"/>
        <source>Healthy approach: our price is higher, the total is lower.</source>
        <translation>Здоровый подход: наша цена выше, а общая стоимость ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/tco.py" line="448"/>
        <source>thousand ₽</source>
        <translation>тыс. ₽</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../ui/today/screen.py" line="67"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="71"/>
        <location filename="../../ui/today/screen.py" line="199"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="77"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="78"/>
        <source>Open the account on what the item is about (Enter)</source>
        <translation>Открыть клиента на том, о чём пункт (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="80"/>
        <source>&amp;Done…</source>
        <translation>&amp;Выполнено…</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="85"/>
        <source>&amp;Tomorrow</source>
        <translation>На &amp;завтра</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="90"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="91"/>
        <source>Take the suggested task as yours (Ctrl+Shift+A)</source>
        <translation>Взять предложенную задачу в работу (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="93"/>
        <source>Dis&amp;miss</source>
        <translation>О&amp;тклонить</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="82"/>
        <source>Close the task, or mark the item done, with its outcome (Ctrl+Enter)</source>
        <translation>Закрыть задачу или отметить пункт выполненным, с результатом (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="87"/>
        <source>Move the task, or put the item off as a task, to tomorrow (Ctrl+T)</source>
        <translation>Перенести задачу или отложить пункт задачей на завтра (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="96"/>
        <source>Not needed: a suggested task is not suggested again, another item leaves the list for 30 days (Ctrl+Shift+D)</source>
        <translation>Не нужно: предложенная задача больше не предлагается, другой пункт уходит из списка на 30 дней (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="102"/>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="112"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="113"/>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="114"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="115"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="116"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="227"/>
        <source>task</source>
        <translation>задача</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="228"/>
        <source>detractor</source>
        <translation>критик (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="229"/>
        <source>stuck deal</source>
        <translation>сделка застряла</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="230"/>
        <source>no ЛПР contact</source>
        <translation>нет контакта с ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="231"/>
        <source>risk of leaving</source>
        <translation>риск ухода</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="240"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../ui/today/screen.py" line="263"/>
        <source>Nothing needs doing today.</source>
        <translation>На сегодня дел нет.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../ui/welcome/screen.py" line="17"/>
        <source>Welcome to Fieldbook</source>
        <translation>Добро пожаловать в Fieldbook</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="20"/>
        <source>Your database is empty. Fieldbook keeps your clients, their sales history, your visit notes and proposals on this computer, so it works without a network.</source>
        <translation>База данных пуста. Fieldbook хранит клиентов, историю их покупок, заметки о встречах и коммерческие предложения на этом компьютере, поэтому работает без сети.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="23"/>
        <source>Import your client list and sales history from Excel or CSV (or drop the file on this window). To look around first, fill it with a demo company: 2,000 clients of a supplies distributor with three years of sales.</source>
        <translation>Импортируйте список клиентов и историю продаж из Excel или CSV (или перетащите файл в это окно). Чтобы сначала осмотреться, заполните базу демо-компанией: 2 000 клиентов дистрибьютора расходных материалов с продажами за три года.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="29"/>
        <source>Explore the demo company</source>
        <translation>Открыть демо-компанию</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="33"/>
        <source>Import your Excel file…</source>
        <translation>Импортировать файл Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="37"/>
        <source>Your client list or sales history from 1C, Bitrix24 or a spreadsheet</source>
        <translation>Список клиентов или история продаж из 1С, Битрикс24 или таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/welcome/screen.py" line="46"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/account_card/words.py" line="16"/>
        <source>Our share of the client (SOW)</source>
        <translation>Наша доля в закупках клиента (SOW)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="17"/>
        <source>Price orientation (5 = not price driven)</source>
        <translation>Ценовая ориентация (5 = не ориентирован на цену)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="18"/>
        <source>Client&apos;s dependency on us</source>
        <translation>Зависимость клиента от нас</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="19"/>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="20"/>
        <source>Contacts with the decision maker</source>
        <translation>Контакты с ЛПР</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="21"/>
        <source>Client potential</source>
        <translation>Потенциал клиента</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="22"/>
        <source>Client growth</source>
        <translation>Рост клиента</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="23"/>
        <source>Marginality</source>
        <translation>Маржинальность</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="24"/>
        <source>Competition</source>
        <translation>Конкуренция</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="25"/>
        <source>Assortment breadth</source>
        <translation>Широта ассортимента</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="32"/>
        <source>SOW %1 → %2</source>
        <translation>SOW %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="33"/>
        <source>share of wallet unknown (no potential, no competitor shares)</source>
        <translation>доля кошелька неизвестна (нет потенциала и долей конкурентов)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="34"/>
        <source>potential in quintile %3 of the client base → %2</source>
        <translation>потенциал в %3-м квинтиле клиентской базы → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="35"/>
        <source>potential unknown</source>
        <translation>потенциал неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="36"/>
        <source>revenue %4 on the previous window, quintile %3 → %2</source>
        <translation>выручка %4 к прошлому периоду, квинтиль %3 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="37"/>
        <source>no revenue in the previous window, quintile %3 → %2</source>
        <translation>в прошлом периоде выручки не было, квинтиль %3 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="38"/>
        <source>no sales in either window</source>
        <translation>нет продаж ни в одном периоде</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="39"/>
        <source>margin %1, quintile %3 → %2</source>
        <translation>маржа %1, квинтиль %3 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="40"/>
        <source>no cost in the data</source>
        <translation>в данных нет себестоимости</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="41"/>
        <source>no competitor data</source>
        <translation>нет данных о конкурентах</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="42"/>
        <source>no sales in the window</source>
        <translation>нет продаж в периоде</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="43"/>
        <source>ЛПР known, no meeting logged → %2</source>
        <translation>ЛПР известен, встреч не записано → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="44"/>
        <source>no ЛПР among the contacts → %2</source>
        <translation>среди контактов нет ЛПР → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="56"/>
        <source>ЛПР met today → %2</source>
        <translation>с ЛПР встречались сегодня → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="49"/>
        <source>K%5: %6 known → %2</source>
        <translation>K%5: известно %6 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="52"/>
        <source>D%7: %6 → %2</source>
        <translation>D%7: %6 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="58"/>
        <source>ЛПР met %8 ago → %2</source>
        <translation>с ЛПР встречались %8 назад → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="62"/>
        <source>ЛПР last met %8 ago → %2</source>
        <translation>с ЛПР последний раз встречались %8 назад → %2</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="91"/>
        <source>search</source>
        <translation>поиск</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="92"/>
        <source>event (trade fair, seminar)</source>
        <translation>мероприятие (выставка, семинар)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="93"/>
        <source>referral</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="94"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="95"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="96"/>
        <source>cold call</source>
        <translation>холодный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="97"/>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="98"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="103"/>
        <source>Strengthen</source>
        <translation>Укрепление</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="104"/>
        <source>Invest</source>
        <translation>Зона инвестиций</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="105"/>
        <source>Invest selectively</source>
        <translation>Выборочно инвестировать</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="106"/>
        <source>Protect and focus</source>
        <translation>Защищать и фокусироваться</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="107"/>
        <source>Minimise investment, harvest</source>
        <translation>Минимизировать инвестиции и собрать урожай</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="108"/>
        <source>Protect position and income</source>
        <translation>Защищать позиции и доход</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="109"/>
        <source>Harvest</source>
        <translation>Сбор урожая</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="110"/>
        <source>Consider ending</source>
        <translation>Рассмотрение завершения отношений</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="116"/>
        <source>strong</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="116"/>
        <location filename="../../ui/account_card/words.py" line="120"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="117"/>
        <source>weak</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="120"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="121"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="125"/>
        <source>qualified</source>
        <translation>квалифицирован</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="126"/>
        <source>developing</source>
        <translation>в развитии</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="127"/>
        <source>not qualified</source>
        <translation>не квалифицирован</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="132"/>
        <source>Reach (prospect)</source>
        <translation>Привлечение (Reach)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="133"/>
        <source>React (new)</source>
        <translation>Первые покупки (React)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="134"/>
        <source>Re-engage</source>
        <translation>Возврат (Re-engage)</translation>
    </message>
    <message>
        <location filename="../../ui/account_card/words.py" line="135"/>
        <source>Refresh</source>
        <translation>Развитие (Refresh)</translation>
    </message>
</context>
</TS>
